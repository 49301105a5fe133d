// Rule 12.2: an application signed with Asan İmza. A citizen logged in with Asan İmza fills a
// data-defined form, and its last step, "İmzala və göndər", asks the phone to sign: the
// verification code on the portal, PIN2 on the simulated phone. The officer sees "İmza
// etibarlıdır" with the signer's FIN and returns it; the citizen changes an answer and signs
// again; the officer sees both sendings valid and accepts it with their e-signature's PIN
// (rule 12.1); the applicant downloads the signed bundle, the verify page names the officer
// who signed the decision, and the applicant signs a complaint about it.
import { type Page } from '@playwright/test';
import { test, expect, audit } from './fixtures';
import { Portal } from './pages/catalogue';
import { askToSign, confirmWithPin1, signWithPin2, startAsanImza } from './pages/asan';
import { desk, logInAsOfficer, sendDecision, leaveDesk } from './pages/office';

/** Each project its own holder, service and officer: the two run at once. */
const PROJECTS = {
  desktop: {
    holder: { phone: '050 555 13 13', userId: '100013', pin1: '1313', pin2: '13131', fin: 'KZ0CG28' },
    service: '10.12',
    title: 'Arayışın məqsədi',
    officer: 'police@demo.qapi.az',
    signer: 'İSMAYILOVA LALƏ',
  },
  phone: {
    holder: { phone: '055 555 14 14', userId: '100014', pin1: '1414', pin2: '14141', fin: 'GN9P4ZL' },
    service: '16.1',
    title: 'Sorğu',
    officer: 'culture@demo.qapi.az',
    signer: 'ABBASOV VÜQAR',
  },
};
type Project = keyof typeof PROJECTS;

const next = async (page: Page) => page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();

/** Every page of the project's form, from the first after "Ərizəçi" to the answers' check. */
async function fill(page: Page, project: Project, answer: string): Promise<void> {
  if (project === 'desktop') {
    await page.getByRole('radio', { name: 'Digər' }).check();
    await page.getByLabel('Məqsədi qısaca yazın').fill(answer);
    await next(page);
    await page.getByRole('radio', { name: 'Xeyr' }).check();
    await next(page);
  } else {
    await page.getByLabel('Hansı məlumat lazımdır?').fill(answer);
    await next(page);
    await page.getByLabel('Hansı ildən').fill('1990');
    await page.getByLabel('Hansı ilədək').fill('2000');
    await next(page);
    await page.getByLabel('Sənədin təqdim ediləcəyi ölkə').selectOption({ label: 'Almaniya' });
    await page.getByRole('checkbox', { name: 'Pensiya təyinatı' }).check();
    await next(page);
  }
  await page.getByLabel('E-poçt ünvanı').fill(`imza.${project}@example.az`);
  await next(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Cavablarınızı yoxlayın' })).toBeFocused();
}

/** "Müraciəti göndər", then the signing step: the holder's number and ID, PIN2 on the phone. */
async function signAndSend(page: Page, project: Project, number: string): Promise<void> {
  const { holder, service } = PROJECTS[project];
  await page.getByRole('button', { name: 'Müraciəti göndər' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Müraciəti imzalayın' })).toBeFocused();
  const code = await askToSign(page, holder);
  await audit(page, { label: 'waiting for PIN2' });
  await signWithPin2(page.context(), code, holder.pin2, `${service} · ${number}`);
  await expect(page.getByRole('heading', { name: 'Müraciət göndərildi' })).toBeFocused();
}

test.describe('signing what is sent', () => {
  test.setTimeout(240_000);
  test.use({ allowedConsoleErrors: [/status of (401|404|409|422)/] });

  test('signed with Asan İmza, seen valid by the officer, returned, changed and signed again', async ({ page, context, browser }, info) => {
    const project = info.project.name as Project;
    const { holder, service, title, officer: officerEmail, signer } = PROJECTS[project];
    const portal = new Portal(page);

    const code = await startAsanImza(page, holder);
    await confirmWithPin1(context, code, holder);
    await portal.expectPage('Şəxsi pəncərə');

    await page.goto(`/services/${service}/apply`);
    await page.getByRole('button', { name: 'Başla' }).click();
    await portal.expectPage('Ərizəçi');
    const number = page.url().split('/').pop()!;
    await next(page);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
    await fill(page, project, 'Xaricdə təhsil üçün');

    // The signing step offers the Asan İmza the holder logged in with; emptied, the form is
    // named in the summary and the phone is not asked.
    await page.getByRole('button', { name: 'Müraciəti göndər' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Müraciəti imzalayın' })).toBeFocused();
    await expect(page.getByText('imzasız müraciəti də qəbul edir')).toBeVisible();
    await expect(page.getByLabel('İstifadəçi ID')).toHaveValue(holder.userId);
    await expect(page.getByLabel('Mobil telefon nömrəsi')).not.toHaveValue('');
    await page.getByLabel('Mobil telefon nömrəsi').fill('');
    await page.getByLabel('İstifadəçi ID').fill('');
    await page.getByRole('button', { name: 'İmzala və göndər' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Problem var' });
    await expect(problems).toBeFocused();
    await expect(problems.getByRole('link', { name: /Bu sahəni doldurun/ })).toHaveCount(2);
    await audit(page, { label: 'the signing step with its problems' });
    await page.getByRole('button', { name: 'Müraciətə qayıt' }).click();
    await signAndSend(page, project, number);

    // The officer sees the signature hold, with the signer's FIN, and returns it.
    const officer = await desk(browser, info);
    await logInAsOfficer(officer, officerEmail);
    await officer.goto(`/office/applications/${number}`);
    const signatures = officer.locator('.q-signature-list');
    await expect(signatures).toContainText(`İmza etibarlıdır — FİN ${holder.fin}`);
    await audit(officer, { label: 'the officer sees the signature' });
    await officer.getByLabel('Düzəlişə qaytar').check();
    await officer.getByRole('checkbox').first().check();
    await officer.getByLabel('Ərizəçiyə qeyd').fill('Məqsədi dəqiqləşdirin');
    await sendDecision(officer);
    await expect(officer.locator('.q-status')).toHaveText('Düzəliş üçün qaytarılıb');

    // Changed, the application is signed again over its new content.
    // The page of the marked field opens first.
    await page.goto(`/applications/${number}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Məqsədi dəqiqləşdirin')).toBeVisible();
    await fill(page, project, 'Xaricdə magistratura təhsili üçün');
    await signAndSend(page, project, number);

    await officer.reload();
    await expect(officer.locator('.q-signature--valid')).toHaveCount(2);

    // The officer accepts it, signing with their e-signature's PIN; a wrong one is named.
    await officer.getByLabel('Qəbul et').check();
    await officer.getByLabel('E-imzanın PIN kodu').fill('1111');
    await officer.getByRole('button', { name: 'Qərarı göndər' }).click();
    const wrong = officer.getByRole('alert').filter({ hasText: 'Problem var' });
    await expect(wrong.getByRole('link', { name: 'E-imzanın PIN kodu səhvdir' })).toBeVisible();
    await audit(officer, { label: 'a wrong e-signature PIN' });
    await sendDecision(officer);
    await expect(officer.locator('.q-status')).toHaveText('Qəbul edilib');
    await leaveDesk(officer, page);

    // The applicant's page lists both sendings, each with its bundle.
    await page.goto(`/applications/${number}`);
    const mine = page.locator('.q-signature-list');
    await expect(mine.locator('.q-signature--valid')).toHaveCount(2);
    await expect(mine.getByRole('link', { name: 'İmzalanmış paketi yüklə' })).toHaveCount(2);
    const download = page.waitForEvent('download');
    await mine.getByRole('link', { name: 'İmzalanmış paketi yüklə' }).first().click();
    expect((await download).suggestedFilename()).toBe(`${number}-2-signed.tar`);
    await audit(page, { label: "the applicant's signatures" });

    // The result's verify page names the officer who signed the decision, and the check.
    await page.getByRole('link', { name: 'Sənədin yoxlanılması' }).click();
    await expect(page.getByText('Bu sənəd həqiqidir')).toBeVisible();
    const signed = page.locator('.q-summary-list__row', { hasText: 'İmzalayıb' });
    await expect(signed).toContainText(signer);
    await expect(signed).toContainText('İmza etibarlıdır');
    await audit(page, { label: 'the verify page with the signer' });

    // A complaint about the decision is signed as the application was: written, checked, then
    // PIN2 on the phone, which shows the application and how the complaint begins.
    await page.goto(`/applications/${number}`);
    const complaint = 'Arayışın müddəti qısa yazılıb';
    await page.getByLabel('Qərardan şikayət et').fill(complaint);
    await page.getByRole('button', { name: 'Davam et' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Şikayəti imzalayın' })).toBeFocused();
    await audit(page, { label: 'signing a complaint' });
    const complaintCode = await askToSign(page, holder);
    await signWithPin2(page.context(), complaintCode, holder.pin2, `${number} · ${complaint}`);
    const filed = page.locator('.q-inset', { hasText: complaint });
    await expect(filed.locator('.q-signed-by')).toHaveText(/^İmza etibarlıdır — \S+ \S+, \d\d\.\d\d\.\d{4}/);
    await expect(page.getByLabel('Qərardan şikayət et')).toHaveCount(0);
    await audit(page, { label: 'a signed complaint' });
  });
});
