// A hotel at the place-of-stay service (seed 002): its manager invites a receptionist, who
// makes an account from the e-mailed link and files for the hotel; the manager's table says who
// filed what. Then the receptionist asks to extend an accepted stay and the agency's officer
// accepts it.
import { expect as expectPlain, type Page } from '@playwright/test';
import { test, expect, audit, scanFile } from './fixtures';
import { linkFromMail } from './pages/mailbox';
import { SIGNING_PIN, logInAsOfficer, migrationOfficer, officerApi, verifyHost, leaveDesk, desk as openDesk } from './pages/office';

const PASSWORD = 'mehmanxana-qeydiyyat-2026';
const PASSPORT_PDF = scanFile('scan.pdf');

/** A hotel registered through the API as the form would, both links followed. */
async function registerHotel(page: Page, email: string): Promise<void> {
  const { id } = await (await page.request.post('/api/captcha', { data: {} })).json();
  const { answer } = await (await page.request.get(`/api/dev/captcha/${id}`)).json();
  const registered = await page.request.post('/api/hosts', {
    data: {
      kind: 'legal', organisation: 'Xəzər Mehmanxanası MMC', voen: '1401234567', organisation_kind: 'hotel',
      surname: 'Məmmədli', name: 'Rəşad', mobile_phone: '012 555 44 33', email,
      region: 'baki', district: 'Səbail', street: 'Neftçilər prospekti', building: '45',
      captcha_id: id, captcha_answer: answer,
    },
  });
  expectPlain(registered.status()).toBe(202);
  const confirm = new URL(await linkFromMail(page.request, email, /təsdiqləyin/), 'http://x').searchParams.get('token');
  expectPlain((await page.request.post('/api/accounts/confirm', { data: { token: confirm } })).ok()).toBe(true);
  const set = new URL(await linkFromMail(page.request, email, /şifrənizi/), 'http://x').searchParams.get('token');
  expectPlain((await page.request.post('/api/accounts/password', { data: { token: set, password: PASSWORD } })).ok()).toBe(true);
}

/** An application for a guest who came in today for a week, sent through the API by the
 *  logged-in page's account; its number. */
async function sentApplication(page: Page, csrf: string): Promise<string> {
  const headers = { 'x-csrf-token': csrf };
  const scan = await (await page.request.post('/api/files?name=pasport.pdf', { headers, data: PASSPORT_PDF })).json();
  let view = await (await page.request.post('/api/applications', { headers, data: { service: '33.11' } })).json();
  view = await (
    await page.request.put(`/api/applications/${view.number}`, {
      headers,
      data: {
        version: view.version,
        form: {
          document_type: 'passport', passport_number: 'P9876543', issuing_country: 'GE', issue_date: '2020-02-10',
          expiry_date: '2030-02-09', scan: [scan], surname: 'Beridze', name: 'Nino', citizenship: 'GE',
          birth_country: 'GE', birth_date: '1992-04-11', gender: 'female', arrived_from: 'GE',
          entry_date: new Date(Date.now() + 4 * 3600_000).toISOString().slice(0, 10), stay_days: '7',
        },
      },
    })
  ).json();
  const sent = await page.request.post(`/api/applications/${view.number}/submit`, { headers, data: { version: view.version } });
  expectPlain(sent.status()).toBe(200);
  return view.number;
}

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-poçt ünvanı').fill(email);
  await page.getByLabel('Şifrə', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Şəxsi pəncərə' })).toBeVisible();
}

test.describe('a hotel and its staff', () => {
  // The officer's authenticator code works once; a login may wait for the next one.
  test.setTimeout(240_000);
  test.use({ allowedConsoleErrors: [/status of (401|422)/] });

  test('the manager invites a receptionist who files for the hotel, then an extension is asked and accepted', async ({ page, browser }, info) => {
    const stamp = `${info.project.name}.${Date.now()}`;
    const manager = `menecer.${stamp}@xezer.az`;
    const receptionist = `resepsiya.${stamp}@xezer.az`;
    const officerEmail = migrationOfficer(info.project.name);
    await registerHotel(page, manager);
    // One API session of the officer for both the verification and the decision: each login
    // takes a fresh authenticator code, which the other project may be waiting for too.
    const officer = await officerApi(info.project.use.baseURL!, officerEmail);
    await verifyHost(officer, manager);

    await logIn(page, manager);
    await page.goto('/services/33.11/apply');
    await expect(page.getByRole('heading', { level: 2, name: 'Əməkdaşlar' })).toBeVisible();
    await expect(page.getByText('Hələ əməkdaş dəvət etməmisiniz.')).toBeVisible();
    await page.getByRole('button', { name: 'Əməkdaşı dəvət et' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Problem var' });
    await expect(problems.getByRole('link')).toHaveCount(3);
    await page.getByLabel('Soyad').fill('Həsənli');
    await page.getByLabel('Ad', { exact: true }).fill('Günay');
    await page.getByLabel('E-poçt ünvanı').fill(receptionist);
    await page.getByRole('button', { name: 'Əməkdaşı dəvət et' }).click();
    await expect(page.getByText(`Dəvət ${receptionist} ünvanına göndərildi.`)).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: receptionist })).toContainText('Dəvət göndərilib');
    await audit(page, { label: 'the staff, one invited' });

    // The receptionist's own account, from the invitation.
    const desk = await openDesk(browser, info);
    await desk.goto(await linkFromMail(desk.request, receptionist, /dəvət edir/));
    await expect(desk.getByRole('heading', { name: 'E-poçt ünvanınız təsdiqləndi' })).toBeVisible();
    await desk.goto(await linkFromMail(desk.request, receptionist, /şifrənizi/));
    await desk.getByLabel('Şifrə', { exact: true }).fill(PASSWORD);
    await desk.getByRole('button', { name: 'Şifrəni saxla' }).click();
    await expect(desk.getByRole('heading', { name: 'Şifrəniz təyin edildi' })).toBeVisible();
    await logIn(desk, receptionist);
    await desk.goto('/services/33.11/apply');
    await expect(desk.getByText('Siz Xəzər Mehmanxanası MMC adından müraciət edirsiniz.')).toBeVisible();
    await expect(desk.getByRole('button', { name: 'Yeni müraciət' })).toBeVisible();
    await expect(desk.getByRole('heading', { name: 'Əməkdaşlar' })).toHaveCount(0);
    await audit(desk, { label: "the receptionist's page" });
    const session = await (await desk.request.get('/api/session')).json();
    const number = await sentApplication(desk, session.csrf_token);

    await page.reload();
    const row = page.getByRole('row').filter({ hasText: number });
    await expect(row).toContainText('Günay Həsənli');
    await expect(row.getByRole('link')).toHaveCount(0);
    await expect(page.getByRole('row').filter({ hasText: receptionist })).toContainText('Qoşulub');
    await audit(page, { label: 'who filed what' });

    // Accepted, the registration is extended at the receptionist's request.
    const seen = await (await officer.api.get(`/api/office/applications/${number}`)).json();
    const accepted = await officer.api.post(`/api/office/applications/${number}/decision`, {
      headers: { 'x-csrf-token': officer.csrf },
      data: { action: 'accept', version: seen.application.version, pin: SIGNING_PIN },
    });
    expectPlain(accepted.status()).toBe(204);
    await desk.goto(`/applications/${number}`);
    await expect(desk.getByRole('heading', { level: 2, name: 'Qeydiyyatda dəyişiklik' })).toBeVisible();
    await desk.getByRole('radio', { name: 'Müddətin uzadılması' }).check();
    await desk.getByLabel('Yeni qalma müddəti (gəliş günündən, günlə)').fill('5');
    await desk.getByRole('button', { name: 'Dəyişikliyi göndər' }).click();
    await expect(desk.getByRole('alert').filter({ hasText: 'Problem var' }).getByRole('link', { name: /uzun olmalıdır/ })).toBeVisible();
    await desk.getByLabel('Yeni qalma müddəti (gəliş günündən, günlə)').fill('14');
    await desk.getByLabel('Səbəb').fill('Konfrans uzadılıb');
    await audit(desk, { label: 'asking for an extension' });
    await desk.getByRole('button', { name: 'Dəyişikliyi göndər' }).click();
    await expect(desk.getByText('Agentliyin cavabını gözləyir')).toBeVisible();

    const counter = await openDesk(browser, info);
    await logInAsOfficer(counter, officerEmail);
    await counter.goto(`/office/applications/${number}`);
    await expect(counter.getByText('Qalma müddətini 14 günə uzatmaq: Konfrans uzadılıb')).toBeVisible();
    await audit(counter, { label: 'an extension to answer' });
    await counter.getByRole('button', { name: 'Uzadılmanı qəbul et' }).click();
    await expect(counter.getByRole('button', { name: 'Uzadılmanı qəbul et' })).toHaveCount(0);
    await leaveDesk(counter, desk);

    await desk.reload();
    await expect(desk.locator('.q-stay-changes .q-status')).toHaveText('Qəbul edilib');
    await desk.context().close();
  });
});
