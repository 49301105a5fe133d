// Registration at the place of stay (seed 002): a host registers by the form, confirms by the
// two e-mails, waits for the address to be verified, then files an application with a passport
// scan, a visa and two accompanying persons — closing the tab mid-form and finding the draft.
// Every answer is then found, labelled as on the form, on check your answers, on the officer's
// page and in the result document (its /verify page says what the PDF says).
import type { Page } from '@playwright/test';
import { test, expect, audit, scanFile, sendUnsigned } from './fixtures';
import { fillDate, summaryRows } from './pages/dates';
import { linkFromMail } from './pages/mailbox';
import { preloadedModules, moduleRequests } from './pages/modules';
import { desk, logInAsOfficer, migrationOfficer, officerApi, verifyHost, sendDecision, leaveDesk } from './pages/office';

const PASSWORD = 'qonaqlar evimizdə 2026';
/** A whole (if tiny) PDF, as a scanner would send the passport's page. */
const PASSPORT_PDF = scanFile('scan.pdf');
/** A photo taken in the dark, and far too small: 40 × 40 px of near black. */
const DARK_PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAACgAAAAoCAIAAAADnC86AAAALUlEQVR4nO3NMQ0AAAwDoEqof7U1sWQPGCB9ErFYLBaLxWKxWCwWi8VisfjOAKkULBABLGwJAAAAAElFTkSuQmCC',
  'base64',
);

/** Every answer of the application below, as a reader sees it: label, value. */
const EVERY_ANSWER: [string, string][] = [
  ['Sənədin növü', 'Pasport'],
  ['Pasportun nömrəsi', 'U1234567'],
  ['Sənədi verən ölkə', 'Almaniya'],
  ['Verilmə tarixi', '10.01.2019'],
  ['Etibarlılıq müddəti', '09.01.2029'],
  ['Sənədi verən orqan', 'Stadt Köln'],
  ['Vizanın nömrəsi', 'AZ0012345'],
  ['Vizanın növü', 'Turist vizası'],
  ['Vizanın başlanğıc tarixi', '01.11.2026'],
  ['Vizanın son günü', '31.12.2026'],
  ['Soyad', 'Müller'],
  ['Ad', 'Anna'],
  ['Vətəndaşlığı', 'Almaniya'],
  ['Doğulduğu ölkə', 'Avstriya'],
  ['Doğum tarixi', '15.07.1990'],
  ['Cinsi', 'Qadın'],
  ['Daimi yaşadığı ölkə', 'İsveçrə'],
  ['Gəldiyi ölkə', 'Türkiyə'],
  ['Gəlişin məqsədi', 'Turizm'],
  ['Ölkəyə giriş tarixi', '20.11.2026'],
  ['Qalma müddəti (gün)', '10'],
  ['Qalmanın son günü', '29.11.2026'],
  ['Qeyd', 'Gecə saat 23-də gəlir'],
  ['Yanında gələn şəxs 1 — Soyad', 'Müller'],
  ['Yanında gələn şəxs 1 — Ad', 'Jonas'],
  ['Yanında gələn şəxs 1 — Doğum tarixi', '01.02.2015'],
  ['Yanında gələn şəxs 1 — Qohumluq əlaqəsi', 'Övlad'],
  ['Yanında gələn şəxs 1 — Cinsi', 'Kişi'],
  ['Yanında gələn şəxs 2 — Soyad', 'Müller'],
  ['Yanında gələn şəxs 2 — Ad', 'Paul'],
  ['Yanında gələn şəxs 2 — Doğum tarixi', '30.04.1988'],
  ['Yanında gələn şəxs 2 — Qohumluq əlaqəsi', 'Həyat yoldaşı'],
  ['Yanında gələn şəxs 2 — Cinsi', 'Kişi'],
];
/** The place of stay: the host's verified address, which the officer and the document show. */
const PLACE_OF_STAY: [string, string] = ['Olduğu yerin ünvanı', 'Bakı, Füzuli küçəsi'];

async function captchaAnswer(page: Page, challenge: Promise<import('@playwright/test').Response>): Promise<string> {
  const { id } = await (await challenge).json();
  return (await (await page.request.get(`/api/dev/captcha/${id}`)).json()).answer;
}

test.describe('registration at the place of stay', () => {
  // The officer's login may wait for the authenticator's next code (up to 30 s).
  test.setTimeout(240_000);
  // The empty form is refused by the server's rules on purpose; the host page asks who is in.
  test.use({ allowedConsoleErrors: [/status of (401|404|422)/] });

  test('a host registers, is verified, and files an application that survives a closed tab', async ({ page, context, browser }, info) => {
    const email = `leyla.${info.project.name}.${Date.now()}@example.az`;
    const summary = page.getByRole('alert').filter({ hasText: 'Problem var' });

    await page.goto('/services/33.11/apply');
    await expect(page.getByRole('heading', { level: 1, name: 'Olduğu yer üzrə qeydiyyata alınma' })).toBeVisible();
    await audit(page, { label: 'on the service page for guests' });
    const picture = page.waitForResponse('**/api/captcha');
    await page.getByRole('link', { name: 'Qəbul edən şəxs kimi qeydiyyat' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Qəbul edən şəxsin elektron qeydiyyatı' })).toBeVisible();
    const answer = await captchaAnswer(page, picture);

    await page.getByRole('button', { name: 'Təsdiqlə' }).click();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Bu sahəni doldurun' }).first()).toBeVisible();
    await audit(page, { label: 'with the error summary' });

    await page.getByLabel('Sənədin növü').selectOption({ label: 'Şəxsiyyət vəsiqəsi' });
    await page.getByLabel('Sənədin nömrəsi').fill('AA1234567');
    await fillDate(page, 'Verilmə tarixi', '04.05.2020');
    await page.getByLabel('Soyad').fill('Əliyeva');
    await page.getByLabel('Ad', { exact: true }).fill('Leyla');
    await page.getByLabel('Qadın').check();
    await page.getByLabel('Vətəndaşlığı').selectOption({ label: 'Azərbaycan' });
    await fillDate(page, 'Doğum tarixi', '02.03.1985');
    await page.getByLabel('Doğulduğu ölkə').selectOption({ label: 'Azərbaycan' });
    await page.getByLabel('Mobil telefon').fill('050 123 45 67');
    await page.getByLabel('E-poçt ünvanı').fill(email);
    await page.getByLabel('Şəhər / rayon').selectOption({ label: 'Bakı' });
    await page.getByLabel('Küçə / prospekt').fill('Füzuli küçəsi');
    await page.getByLabel('Şəkildəki sözü daxil edin').fill(answer);
    await page.getByRole('button', { name: 'Təsdiqlə' }).click();
    await expect(page.getByRole('heading', { name: 'E-poçtunuzu yoxlayın' })).toBeVisible();

    await page.goto(await linkFromMail(page.request, email, /təsdiqləyin/));
    await expect(page.getByRole('heading', { name: 'E-poçt ünvanınız təsdiqləndi' })).toBeVisible();
    await page.goto(await linkFromMail(page.request, email, /şifrənizi/));
    await page.getByLabel('Şifrə', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Şifrəni saxla' }).click();
    await page.getByRole('link', { name: 'Daxil ol' }).click();
    await page.getByLabel('E-poçt ünvanı').fill(email);
    await page.getByLabel('Şifrə', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Daxil ol' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Şəxsi pəncərə' })).toBeVisible();

    await page.getByRole('link', { name: 'Olduğu yer üzrə qeydiyyata alınma' }).click();
    await expect(page.getByText('Ünvanınız agentliyin əməkdaşı tərəfindən yoxlanılır')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Yeni müraciət' })).toHaveCount(0);

    // The agency's officer verifies the address from the back office.
    await verifyHost(await officerApi(info.project.use.baseURL!, migrationOfficer(info.project.name)), email);
    expect(await linkFromMail(page.request, email, /ünvanınız təsdiqləndi/)).toBe('/services/33.11/apply');

    // The host's own deep link: the desk is a part of the area's module, preloaded by the page
    // for a visitor with a session (a guest's page preloads none of it).
    const fetched = moduleRequests(page);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Yeni müraciət' })).toBeVisible();
    const preloaded = preloadedModules(await (await page.request.get('/services/33.11/apply')).text());
    expect(fetched.some((name) => name.endsWith('/pack_host_desk.bin'))).toBe(true);
    for (const module of [...fetched]) expect(preloaded, `${module} was preloaded`).toContain(module);
    await page.getByRole('button', { name: 'Yeni müraciət' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Əcnəbinin sənədi' })).toBeVisible();
    await expect(page.getByText('Addım 1 / 5')).toBeVisible();
    const draftAddress = page.url();

    await page.getByLabel('Sənədin növü').selectOption({ label: 'Pasport' });
    await page.getByLabel('Pasportun nömrəsi').fill('u1234567');
    await page.getByLabel('Sənədi verən ölkə').selectOption({ label: 'Almaniya' });
    // A day that is not in the calendar is named, and its link leads to the day's field.
    await fillDate(page, 'Verilmə tarixi', '31.02.2019');
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await expect(summary.getByRole('link', { name: /Belə tarix yoxdur/ })).toHaveAttribute('href', '#issue_date');
    await expect(page.getByRole('group', { name: 'Verilmə tarixi' }).getByLabel('Gün')).toHaveAttribute('id', 'issue_date');
    await expect(page.getByRole('group', { name: 'Verilmə tarixi' })).toContainText('Belə tarix yoxdur');
    await audit(page, { label: 'with a date that is not in the calendar' });
    await fillDate(page, 'Verilmə tarixi', '10.01.2019');
    await fillDate(page, 'Etibarlılıq müddəti', '09.01.2029');
    await page.getByLabel('Sənədi verən orqan').fill('Stadt Köln');
    await expect(page.getByLabel('Pasportun skanı')).toHaveAttribute('accept', /image\/jpeg.*application\/pdf/);
    // A photo that could not be read is flagged before anyone at the agency sees it.
    await page.getByLabel('Pasportun skanı').setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: DARK_PHOTO });
    const photo = page.locator('.q-scan__page', { hasText: 'foto.png' });
    await expect(photo).toContainText('Şəkil çox qaranlıqdır');
    await expect(photo).toContainText('Şəkil çox kiçikdir');
    await expect(photo).toContainText('Yükləndi');
    await photo.getByRole('button', { name: 'Sil' }).click();
    await expect(photo).toHaveCount(0);
    await page.getByLabel('Pasportun skanı').setInputFiles({ name: 'pasport.pdf', mimeType: 'application/pdf', buffer: PASSPORT_PDF });
    await expect(page.getByText('Yükləndi')).toBeVisible();
    await expect(page.getByLabel('Vizanın nömrəsi')).toBeHidden();
    await page.getByLabel('Viza daxil edilir').check();
    await page.getByLabel('Vizanın nömrəsi').fill('AZ0012345');
    await page.getByLabel('Vizanın növü').selectOption({ label: 'Turist vizası' });
    await fillDate(page, 'Vizanın başlanğıc tarixi', '01.11.2026');
    await fillDate(page, 'Vizanın son günü', '31.12.2026');
    await audit(page, { label: 'on the document step' });
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Əcnəbinin məlumatları' })).toBeFocused();

    // The tab is closed mid-form: everything up to the last step is on the server.
    await page.getByLabel('Soyad').fill('Müller');
    await page.close();
    const again = await context.newPage();
    await again.goto(draftAddress);
    await expect(again.getByLabel('Pasportun nömrəsi')).toHaveValue('u1234567');
    await expect(again.locator('.q-scan__name', { hasText: 'pasport.pdf' })).toBeVisible();
    await again.getByRole('button', { name: 'Yadda saxla və davam et' }).click();

    await again.getByLabel('Soyad').fill('Müller');
    await again.getByLabel('Ad', { exact: true }).fill('Anna');
    await again.getByLabel('Vətəndaşlığı').selectOption({ label: 'Azərbaycan' });
    await again.getByLabel('Doğulduğu ölkə').selectOption({ label: 'Avstriya' });
    await fillDate(again, 'Doğum tarixi', '15.07.1990');
    await again.getByLabel('Qadın').check();
    await again.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    const problems = again.getByRole('alert').filter({ hasText: 'Problem var' });
    await expect(problems).toContainText('Azərbaycan vətəndaşı əcnəbi kimi qeydiyyata alınmır');
    await again.getByLabel('Vətəndaşlığı').selectOption({ label: 'Almaniya' });
    await again.getByRole('button', { name: 'Yadda saxla və davam et' }).click();

    await expect(again.getByRole('heading', { level: 2, name: 'Müraciət məlumatları' })).toBeVisible();
    await again.getByLabel('Daimi yaşadığı ölkə').selectOption({ label: 'İsveçrə' });
    await again.getByLabel('Gəldiyi ölkə').selectOption({ label: 'Türkiyə' });
    await again.getByLabel('Gəlişin məqsədi').selectOption({ label: 'Turizm' });
    await fillDate(again, 'Ölkəyə giriş tarixi', '20.11.2026');
    await again.getByLabel('Qalma müddəti (gün)').fill('10');
    await again.getByLabel('Qeyd').fill('Gecə saat 23-də gəlir');
    await again.getByRole('button', { name: 'Yadda saxla və davam et' }).click();

    await expect(again.getByRole('heading', { level: 2, name: 'Yanımda gələn şəxslər' })).toBeVisible();
    const companions = [
      [1, 'Jonas', '01.02.2015', 'Övlad', 'Kişi'],
      [2, 'Paul', '30.04.1988', 'Həyat yoldaşı', 'Kişi'],
    ] as const;
    for (const [n, name, born, relationship, gender] of companions) {
      await again.getByRole('button', { name: '+ Əlavə et' }).click();
      const person = again.getByRole('group', { name: `Şəxs ${n}` });
      await person.getByLabel('Soyad').fill('Müller');
      await person.getByLabel('Ad', { exact: true }).fill(name);
      await fillDate(person, 'Doğum tarixi', born);
      await person.getByLabel('Qohumluq əlaqəsi').selectOption({ label: relationship });
      await person.getByLabel(gender).check();
    }
    await audit(again, { label: 'with two accompanying persons' });
    await again.getByRole('button', { name: 'Yadda saxla və davam et' }).click();

    await expect(again.getByRole('heading', { level: 2, name: 'Yoxlayın və təsdiqləyin' })).toBeVisible();
    const reviewed = await summaryRows(again);
    for (const answer of [...EVERY_ANSWER, ['Pasportun skanı', 'pasport.pdf']]) expect(reviewed).toContainEqual(answer);
    await audit(again, { label: 'on the review' });
    await again.getByRole('button', { name: 'Təsdiqlə' }).click();
    await sendUnsigned(again);
    await expect(again.getByRole('heading', { name: 'Müraciət göndərildi' })).toBeFocused();
    const number = (await again.locator('.q-panel .q-code').textContent())!.trim();
    expect(number).toMatch(/^\d{4}-\d{6}$/);
    await audit(again, { label: 'on the confirmation' });
    expect(await linkFromMail(again.request, email, new RegExp(number))).toBe(`/applications/${number}`);

    await again.getByRole('link', { name: 'Müraciətlərimə qayıt' }).click();
    const row = again.getByRole('row').filter({ hasText: number });
    await expect(row).toContainText('Anna Müller');
    await expect(row).toContainText('Göndərilib');
    await audit(again, { label: 'with the table of applications' });

    // The agency's officer reads every answer before deciding, and accepts.
    const officer = await desk(browser, info);
    await logInAsOfficer(officer, migrationOfficer(info.project.name));
    await officer.goto(`/office/applications/${number}`);
    await expect(officer.getByRole('heading', { level: 1, name: `Müraciət ${number}` })).toBeVisible();
    await expect(officer.getByRole('heading', { level: 3, name: 'Yanımda gələn şəxslər' })).toBeVisible();
    const read = await summaryRows(officer);
    for (const answer of [...EVERY_ANSWER, PLACE_OF_STAY]) expect(read).toContainEqual(answer);
    await audit(officer, { label: "on the officer's page" });
    await officer.getByLabel('Qəbul et').check();
    await sendDecision(officer);
    await expect(officer.locator('.q-status')).toHaveText('Qəbul edilib');
    await leaveDesk(officer, again);

    // The result document says it all too: its verify page shows what the PDF prints.
    await again.goto(`/applications/${number}`);
    await expect(again.locator('.q-status').first()).toHaveText('Qəbul edilib');
    await again.getByRole('link', { name: 'Sənədin yoxlanılması' }).click();
    await expect(again.getByText('Bu sənəd həqiqidir')).toBeVisible();
    const lines = await again.locator('.q-summary-list__line').allTextContents();
    for (const [label, value] of [...EVERY_ANSWER, PLACE_OF_STAY]) expect(lines).toContain(`${label}: ${value}`);
    await audit(again, { label: 'on the verify page' });

    // The same guest comes back: the new application starts from what was given last time.
    await again.goto('/services/33.11/apply');
    await again.getByLabel('Əvvəl qəbul etdiyiniz qonaq').selectOption({ label: `Anna Müller (Almaniya) — ${number}` });
    await again.getByRole('button', { name: 'Onun məlumatları ilə yeni müraciət' }).click();
    await expect(again.getByRole('heading', { level: 2, name: 'Əcnəbinin sənədi' })).toBeVisible();
    await expect(again.getByLabel('Pasportun nömrəsi')).toHaveValue('u1234567');
    await expect(again.getByRole('group', { name: 'Verilmə tarixi' }).getByLabel('Gün')).toHaveValue('10');
    await expect(again.getByLabel('Viza daxil edilir')).not.toBeChecked();
    await again.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await expect(again.getByRole('heading', { level: 2, name: 'Əcnəbinin məlumatları' })).toBeFocused();
    await again.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await again.getByLabel('Gəldiyi ölkə').selectOption({ label: 'Türkiyə' });
    // A date left without its month is named so.
    await fillDate(again, 'Ölkəyə giriş tarixi', '01..2026');
    await again.getByLabel('Qalma müddəti (gün)').fill('3');
    await again.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await expect(problems).toContainText('Tarixin günü, ayı və ili yazılmalıdır');
    await fillDate(again, 'Ölkəyə giriş tarixi', '01.12.2026');
    await again.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await expect(again.getByRole('heading', { level: 2, name: 'Yanımda gələn şəxslər' })).toBeFocused();
    await again.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await expect(again.getByText('Heç kim əlavə edilməyib')).toBeVisible();
    await again.getByRole('button', { name: 'Təsdiqlə' }).click();
    await sendUnsigned(again);
    await expect(again.getByRole('heading', { name: 'Müraciət göndərildi' })).toBeFocused();
    const second = (await again.locator('.q-panel .q-code').textContent())!.trim();

    // That one is withdrawn before the agency decides.
    await again.goto(`/applications/${second}`);
    await expect(again.getByRole('heading', { level: 1, name: `Müraciət ${second}` })).toBeVisible();
    await again.getByRole('button', { name: 'Müraciəti geri götür' }).click();
    await expect(again.getByText('Sonra agentlik ona baxmayacaq')).toBeVisible();
    await audit(again, { label: 'asking before withdrawing' });
    await again.getByRole('button', { name: 'Müraciəti geri götür' }).click();
    await expect(again.locator('.q-status').first()).toHaveText('Geri götürülüb');
  });
});
