// Official correspondence (rules 11.6–11.7): a person writes to an agency from the cabinet with
// a page attached, checks it and sends it unsigned (a person logged in by password has no
// signature), gets the number and the e-mailed receipt at once; the agency's
// officer finds it in "Yazışmalar", asks for more; the person sees it was read and replies; the
// officer answers; the answer is in "Yazışmalarım", signed by the officer (rule 12.1), and in the
// e-mail. A person logged in with Asan İmza signs their letter with PIN2 (rule 12.2), and the
// thread shows the signature checked; one logged in with the e-signature card signs on the card
// system's page, in a window of its own, with the card's PIN. An E-müraciət service's card leads to the letter form with
// its agency chosen.
import { test, expect, audit, scanFile } from './fixtures';
import { linkFromMail } from './pages/mailbox';
import { SIGNING_PIN, desk, logInAsOfficer, registerHost, leaveDesk } from './pages/office';
import { Portal } from './pages/catalogue';
import { askToSign, confirmWithPin1, signWithPin2, startAsanImza } from './pages/asan';

const PASSWORD = 'məktublar 2026-cı ildə';
/** The agency each project writes to and its officer, whom no other test logs in: an
 *  authenticator code is accepted once, and two tests at once would wait for the next. */
const AGENCIES = {
  desktop: { name: 'Ədliyyə Nazirliyi', officer: 'justice@demo.qapi.az' },
  phone: { name: '"Azərişıq" Açıq Səhmdar Cəmiyyəti', officer: 'azerisiq@demo.qapi.az' },
};
const PAGE_PDF = scanFile('complaint.pdf');
/** The Asan İmza holder each project signs a letter as, whom no other test logs in. */
const SIGNERS = {
  desktop: { phone: '050 555 15 15', userId: '100015', pin1: '1515', pin2: '15151', signer: 'ƏLİYEVA SƏBİNƏ' },
  phone: { phone: '055 555 16 16', userId: '100016', pin1: '1616', pin2: '16161', signer: 'QULİYEV ELNUR' },
};

/** The demo person each project logs in and signs as with the e-signature card. */
const CARD_HOLDERS = {
  desktop: { person: /Abbasova Sevinc/, signer: 'ABBASOVA SEVİNC' },
  phone: { person: /Hüseynov Kamran/, signer: 'HÜSEYNOV KAMRAN' },
};

test.describe('official correspondence', () => {
  test.setTimeout(180_000);
  test.use({ allowedConsoleErrors: [/status of 422/] });

  test('a letter is sent with its receipt, asked about, replied to and answered', async ({ page, browser }, info) => {
    const email = `yazisma.${info.project.name}@example.az`;
    await registerHost(page.request, email, PASSWORD);
    expect((await page.request.post('/api/session', { data: { email, password: PASSWORD } })).ok()).toBe(true);

    await page.goto('/cabinet');
    await page.getByRole('link', { name: 'Dövlət qurumuna məktub yaz' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dövlət qurumuna məktub yaz' })).toBeVisible();
    await page.getByRole('button', { name: 'Davam et' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Problem var' });
    await expect(problems.getByRole('link', { name: 'Bu sahəni doldurun' })).toHaveCount(3);
    await audit(page, { label: 'the letter form with its problems' });

    const agency = AGENCIES[info.project.name as keyof typeof AGENCIES];
    await page.getByLabel('Hansı quruma yazırsınız?').selectOption({ label: agency.name });
    await page.getByLabel('Mövzu').fill('Yaşayış icazəsinin müddəti');
    await page.getByLabel('Məktubun mətni').fill('Yaşayış icazəmin müddəti bitir. Uzatmaq üçün hansı sənədlər lazımdır?');
    await page
      .getByLabel('Əlavə sənədlər (20 səhifəyə qədər)')
      .setInputFiles({ name: 'icaze.pdf', mimeType: 'application/pdf', buffer: PAGE_PDF });
    await expect(page.locator('.q-scan__page').filter({ hasText: 'icaze.pdf' })).toContainText('Yükləndi');
    await page.getByRole('button', { name: 'Davam et' }).click();

    // The letter as it will go, every value typed, then the signing step; without a signature
    // of their own, the person sends it unsigned.
    await expect(page.getByRole('heading', { level: 2, name: 'Məktubu imzalayın' })).toBeFocused();
    const review = page.locator('.q-summary-list');
    await expect(review).toContainText(agency.name);
    await expect(review).toContainText('Yaşayış icazəsinin müddəti');
    await expect(review).toContainText('Uzatmaq üçün hansı sənədlər lazımdır?');
    await expect(page.getByRole('link', { name: 'icaze.pdf' })).toBeVisible();
    await audit(page, { label: 'the letter to be signed' });
    await page.getByRole('button', { name: 'İmzasız göndər' }).click();

    await expect(page.getByText('Məktub göndərildi. Qəbzi e-poçtunuza göndərdik.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Yaşayış icazəsinin müddəti' })).toBeVisible();
    const number = page.url().match(/M-\d{4}-\d{6}/)![0];
    await expect(page.getByText('Hələ oxunmayıb')).toBeVisible();
    await expect(page.getByRole('link', { name: 'icaze.pdf' })).toBeVisible();
    await expect(page.getByText('Göndərən imzalamayıb')).toBeVisible();
    await audit(page, { label: 'the letter just sent' });
    expect(await linkFromMail(page.request, email, new RegExp(`məktubunuz ${number} göndərildi`))).toBe(`/letters/${number}`);

    // The agency's officer finds it in the correspondence queue and asks for more.
    const officer = await desk(browser, info);
    await logInAsOfficer(officer, agency.officer);
    await officer.getByRole('link', { name: 'Yazışmalar' }).click();
    await expect(officer.getByRole('heading', { level: 1, name: 'Yazışmalar' })).toBeVisible();
    await audit(officer, { label: 'the correspondence queue' });
    await officer.getByRole('link', { name: number }).click();
    await expect(officer.getByRole('heading', { level: 1, name: 'Yaşayış icazəsinin müddəti' })).toBeVisible();
    await expect(officer.getByText('Uzatmaq üçün hansı sənədlər lazımdır?')).toBeVisible();
    await expect(officer.getByText('Göndərən imzalamayıb')).toBeVisible();
    await officer.getByRole('button', { name: 'Göndər', exact: true }).click();
    await expect(officer.getByRole('alert').filter({ hasText: 'Problem var' })).toBeVisible();
    await officer.getByLabel('Əlavə məlumat istə').check();
    await officer.getByLabel('Göndərənə mətn').fill('Yaşayış icazənizin nömrəsini yazın');
    await officer.getByLabel('E-imzanın PIN kodu').fill(SIGNING_PIN);
    await audit(officer, { label: 'asking for more' });
    await officer.getByRole('button', { name: 'Göndər', exact: true }).click();
    await expect(officer.getByText('Qurum əlavə məlumat istəyir').first()).toBeVisible();

    // The person sees it was read and what is asked, and replies.
    await page.reload();
    await expect(page.getByText('Qurum əlavə məlumat istəyir').first()).toBeVisible();
    await expect(page.getByText('Yaşayış icazənizin nömrəsini yazın')).toBeVisible();
    await expect(page.getByText('Hələ oxunmayıb')).toHaveCount(0);
    await page.getByLabel('Məktubun mətni').fill('İcazənin nömrəsi: AZ-123456');
    await page.getByRole('button', { name: 'Davam et' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Məktubu imzalayın' })).toBeFocused();
    await page.getByRole('button', { name: 'İmzasız göndər' }).click();
    await expect(page.getByText('İcazənin nömrəsi: AZ-123456')).toBeVisible();

    // The officer answers.
    await officer.reload();
    await expect(officer.getByText('İcazənin nömrəsi: AZ-123456')).toBeVisible();
    await officer.getByLabel('Cavab ver').check();
    await officer.getByLabel('Göndərənə mətn').fill('Uzatmaq üçün pasport və icazənin surəti lazımdır');
    await officer.getByLabel('E-imzanın PIN kodu').fill(SIGNING_PIN);
    await officer.getByRole('button', { name: 'Göndər', exact: true }).click();
    await expect(officer.getByText('Cavab verilib')).toBeVisible();
    await leaveDesk(officer, page);

    await page.goto('/letters');
    const row = page.getByRole('row').filter({ hasText: number });
    await expect(row).toContainText('Cavab verilib');
    await audit(page, { label: '"Yazışmalarım"' });
    await row.getByRole('link', { name: number }).click();
    await expect(page.getByText('Uzatmaq üçün pasport və icazənin surəti lazımdır')).toBeVisible();
    // Each of the agency's messages carries its officer's signature, checked.
    await expect(page.locator('.q-signed-by').filter({ hasText: /^İmza etibarlıdır — \S+ \S+, \d\d\.\d\d\.\d{4}/ })).toHaveCount(2);
    await audit(page, { label: 'the answered letter' });
    expect(await linkFromMail(page.request, email, new RegExp(`məktubunuza ${number} cavab`))).toBe(`/letters/${number}`);
  });

  test('a letter signed with Asan İmza shows its signature checked', async ({ page, context }, info) => {
    const holder = SIGNERS[info.project.name as keyof typeof SIGNERS];
    const code = await startAsanImza(page, holder);
    await confirmWithPin1(context, code, holder);
    await new Portal(page).expectPage('Şəxsi pəncərə');

    await page.goto('/letters/new?agency=9');
    await page.getByLabel('Mövzu').fill('Notariat arayışı');
    await page.getByLabel('Məktubun mətni').fill('Vəkalətnamənin surətini necə ala bilərəm?');
    await page.getByRole('button', { name: 'Davam et' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Məktubu imzalayın' })).toBeFocused();
    const signing = await askToSign(page, holder);
    await audit(page, { label: 'the letter waiting for PIN2' });
    await signWithPin2(context, signing, holder.pin2, '9 · Notariat arayışı');

    await expect(page.getByText('Məktub göndərildi. Qəbzi e-poçtunuza göndərdik.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Notariat arayışı' })).toBeVisible();
    await expect(
      page.locator('.q-signed-by').filter({ hasText: `İmza etibarlıdır — ${holder.signer}` }),
    ).toHaveCount(1);
    await audit(page, { label: 'the signed letter' });
  });

  test('a letter signed with the e-signature card on its system\'s page', async ({ page, context }, info) => {
    const holder = CARD_HOLDERS[info.project.name as keyof typeof CARD_HOLDERS];
    await page.goto('/login');
    await page.getByRole('radio', { name: 'Elektron imza', exact: true }).check();
    await page.getByRole('button', { name: 'Elektron imza ilə davam et' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('kim kimi daxil olursunuz?');
    await page.getByRole('radio', { name: holder.person }).check();
    await page.getByRole('button', { name: 'Təsdiqlə' }).click();
    await new Portal(page).expectPage('Şəxsi pəncərə');

    await page.goto('/letters/new?agency=9');
    await page.getByLabel('Mövzu').fill('Kartla imzalanan məktub');
    await page.getByLabel('Məktubun mətni').fill('Etibarnamənin qeydiyyatı barədə sual.');
    await page.getByRole('button', { name: 'Davam et' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Məktubu imzalayın' })).toBeFocused();
    await page.getByRole('radio', { name: 'Elektron imza', exact: true }).check();
    await expect(page.getByLabel('İstifadəçi ID')).toHaveCount(0);
    await audit(page, { label: 'signing with the card chosen' });
    await page.getByRole('button', { name: 'İmzala və göndər' }).click();
    const open = page.getByRole('link', { name: 'İmza səhifəsini açın (yeni pəncərə)' });
    await expect(open).toBeVisible();
    await audit(page, { label: 'waiting for the card' });

    // The card system's page, in a window of its own: whose card, and its PIN.
    const opened = context.waitForEvent('page');
    await open.click();
    const card = await opened;
    await expect(card.getByRole('heading', { level: 1, name: 'Elektron imza kartı (simulyator): imzalayın' })).toBeVisible();
    await expect(card.getByText('9 · Kartla imzalanan məktub')).toBeVisible();
    await card.getByRole('radio', { name: holder.person }).check();
    await card.getByLabel('Kartın PIN kodu').fill('1111');
    await card.getByRole('button', { name: 'Təsdiqlə' }).click();
    const wrong = card.getByRole('alert').filter({ hasText: 'Problem var' });
    await expect(wrong.getByRole('link', { name: 'E-imzanın PIN kodu səhvdir' })).toBeVisible();
    await audit(card, { label: "the card system's page with a wrong PIN" });
    await card.getByLabel('Kartın PIN kodu').fill(SIGNING_PIN);
    await card.getByRole('button', { name: 'Təsdiqlə' }).click();
    await expect(card.getByRole('status')).toHaveText(/^İmzalandı\./);
    await card.close();

    await expect(page.getByText('Məktub göndərildi. Qəbzi e-poçtunuza göndərdik.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Kartla imzalanan məktub' })).toBeVisible();
    await expect(
      page.locator('.q-signed-by').filter({ hasText: `İmza etibarlıdır — ${holder.signer}` }),
    ).toHaveCount(1);
  });

  test("an E-müraciət service's card writes to its agency", async ({ page }, info) => {
    const email = `emuraciet.${info.project.name}@example.az`;
    await registerHost(page.request, email, PASSWORD);
    expect((await page.request.post('/api/session', { data: { email, password: PASSWORD } })).ok()).toBe(true);
    await page.goto('/services/36.1');
    await page.getByRole('link', { name: 'Müraciət et' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dövlət qurumuna məktub yaz' })).toBeVisible();
    await expect(page.getByLabel('Hansı quruma yazırsınız?')).toHaveValue('36');
    await audit(page, { label: 'the letter form from a card' });
  });
});
