// The agency's side (rules 6–7): an officer logs in with the authenticator's code, finds a host's
// application in the queue, reads the scan, returns it with a field marked; the host fixes that
// field and sends it again; the officer accepts; the host downloads the result and anyone can
// check it on the verify page.
import { expect as expectPlain, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, audit, scanFile, sendUnsigned } from './fixtures';
import { desk, logInAsOfficer, migrationOfficer, officerApi, registerHost, verifyHost, sendDecision, leaveDesk } from './pages/office';

const PASSWORD = 'qonaqlar evimizdə 2026';
const PASSPORT_PDF = scanFile('scan.pdf');
/** A document attached to the complaint. */
const COMPLAINT_PDF = scanFile('complaint.pdf');

/** The host's application for Anna Müller, sent through the API as the form would; its number. */
async function sentApplication(page: Page, email: string): Promise<string> {
  const login = await page.request.post('/api/session', { data: { email, password: PASSWORD } });
  const headers = { 'x-csrf-token': (await login.json()).session.csrf_token };
  const scan = await (await page.request.post('/api/files?name=pasport.pdf', { headers, data: PASSPORT_PDF })).json();
  let view = await (await page.request.post('/api/applications', { headers, data: { service: '33.11' } })).json();
  view = await (
    await page.request.put(`/api/applications/${view.number}`, {
      headers,
      data: {
        version: view.version,
        form: {
          document_type: 'passport', passport_number: 'U1234567', issuing_country: 'DE', issue_date: '2019-01-10',
          expiry_date: '2029-01-09', scan: [scan], surname: 'Müller', name: 'Anna', citizenship: 'DE',
          birth_country: 'DE', birth_date: '1990-07-15', gender: 'female', arrived_from: 'TR',
          entry_date: new Date().toISOString().slice(0, 10), stay_days: '7',
        },
      },
    })
  ).json();
  const sent = await page.request.post(`/api/applications/${view.number}/submit`, { headers, data: { version: view.version } });
  expectPlain(sent.status()).toBe(200);
  return view.number;
}

test.describe('the back office', () => {
  // Both projects log the supervisor in; an authenticator code works once, so one may wait
  // for the next (up to 30 s).
  test.setTimeout(240_000);
  // A refused code, an empty decision and an unknown verification code are answered with errors
  // on purpose.
  test.use({ allowedConsoleErrors: [/status of (401|404|422)/] });

  test('an officer returns an application, the host fixes it, the officer accepts and anyone can verify the result', async ({ page, browser }, info) => {
    const email = `aygun.${info.project.name}.${Date.now()}@example.az`;
    const officerEmail = migrationOfficer(info.project.name);
    await registerHost(page.request, email, PASSWORD);
    await verifyHost(await officerApi(info.project.use.baseURL!, officerEmail), email);
    const number = await sentApplication(page, email);

    const officer = await desk(browser, info);
    await logInAsOfficer(officer, officerEmail);
    await audit(officer, { label: 'on the queue' });
    await officer.getByLabel('Müraciət nömrəsi və ya ərizəçi').fill(number);
    await officer.getByRole('button', { name: 'Göstər' }).click();
    await expect(officer).toHaveURL(new RegExp(`q=${number}`));
    const row = officer.getByRole('row').filter({ hasText: number });
    await expect(row).toContainText('Rəhimova Aygün');
    await expect(row).toContainText('Göndərilib');
    await row.getByRole('link', { name: number }).click();

    await expect(officer.getByRole('heading', { level: 1, name: `Müraciət ${number}` })).toBeVisible();
    await expect(officer.getByText('Anna', { exact: true })).toBeVisible();
    const scan = officer.getByRole('link', { name: 'pasport.pdf' });
    const opened = await officer.request.get((await scan.getAttribute('href'))!);
    expect(opened.headers()['content-type']).toBe('application/pdf');
    expect(opened.headers()['content-disposition']).toMatch(/^inline/);
    await audit(officer, { label: 'on the application' });

    await officer.getByLabel('Düzəlişə qaytar').check();
    await sendDecision(officer);
    const problems = officer.getByRole('alert').filter({ hasText: 'Problem var' });
    await expect(problems.getByRole('link', { name: 'Bu sahəni doldurun' })).toBeVisible();
    await officer.getByLabel('Pasportun nömrəsi').check();
    await officer.getByLabel('Ərizəçiyə qeyd').fill('Pasportun nömrəsi skandakı ilə düz gəlmir');
    await audit(officer, { label: 'returning for correction' });
    await sendDecision(officer);
    await expect(officer.getByText('Qərar göndərildi')).toBeVisible();
    await expect(officer.locator('.q-status')).toHaveText('Düzəliş üçün qaytarılıb');

    await page.goto(`/applications/${number}`);
    await expect(page.getByText('Pasportun nömrəsi skandakı ilə düz gəlmir')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Pasportun nömrəsi: Agentlik bu sahəni düzəltməyi xahiş edir' })).toBeVisible();
    await page.getByLabel('Pasportun nömrəsi').fill('U7654321');
    for (let step = 0; step < 4; step++) {
      await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    }
    await expect(page.getByRole('heading', { level: 2, name: 'Yoxlayın və təsdiqləyin' })).toBeVisible();
    await page.getByRole('button', { name: 'Təsdiqlə' }).click();
    await sendUnsigned(page);
    await expect(page.getByRole('heading', { name: 'Müraciət göndərildi' })).toBeFocused();

    await officer.reload();
    await expect(officer.locator('.q-status')).toHaveText('Düzəldilib, yenidən göndərilib');
    // What changed since the return comes first: the answer, before, now.
    const changes = officer.getByRole('table', { name: 'Qaytarıldıqdan sonra dəyişənlər' });
    await expect(changes.getByRole('row')).toHaveCount(2);
    await expect(changes.getByRole('row').nth(1)).toHaveText(/Pasportun nömrəsi\s*U1234567\s*U7654321/);
    await audit(officer, { label: 'with the changes since the return' });
    await officer.getByLabel('Qəbul et').check();
    await sendDecision(officer);
    await expect(officer.locator('.q-status')).toHaveText('Qəbul edilib');

    await page.goto(`/applications/${number}`);
    await expect(page.locator('.q-status')).toHaveText('Qəbul edilib');
    await expect(page.getByRole('heading', { name: 'Müraciətinizə kim baxıb' })).toBeVisible();
    await expect(page.getByText(/Dövlət Miqrasiya Xidməti/).first()).toBeVisible();
    await audit(page, { label: 'with the result' });
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Nəticəni PDF kimi yüklə' }).click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toBe(`result-${number}.pdf`);
    expect(readFileSync((await pdf.path())!).subarray(0, 4).toString()).toBe('%PDF');

    await page.getByRole('link', { name: 'Sənədin yoxlanılması' }).click();
    await expect(page.getByText('Bu sənəd həqiqidir')).toBeVisible();
    await expect(page.getByText('Anna Müller')).toBeVisible();
    await audit(page, { label: 'on the verify page' });
    await page.getByLabel('Sənəddəki yoxlama kodu').fill('AAAA-BBBB-CCC0');
    await page.getByRole('button', { name: 'Yoxla' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Problem var' })).toBeVisible();
    await page.getByLabel('Sənəddəki yoxlama kodu').fill('aaaa bbbb cccc');
    await page.getByRole('button', { name: 'Yoxla' }).click();
    await expect(page.getByText('Bu kodla sənəd tapılmadı')).toBeVisible();
    await leaveDesk(officer, page);

    // The host complains about the decision; the agency's supervisor answers.
    await page.goto(`/applications/${number}`);
    await page.getByRole('button', { name: 'Davam et' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Problem var' })).toBeVisible();
    await page.getByLabel('Qərardan şikayət et').fill('Qeydiyyat müddəti səhv göstərilib');
    // A document goes with it, uploaded like a scan.
    await page
      .getByLabel('Şikayətə əlavə ediləcək sənədlər')
      .setInputFiles({ name: 'etiraz.pdf', mimeType: 'application/pdf', buffer: COMPLAINT_PDF });
    await expect(page.locator('.q-scan__page').filter({ hasText: 'etiraz.pdf' })).toContainText('Yükləndi');
    // Checked, it opens the signing step; a host logged in by password sends it unsigned, marked so.
    await page.getByRole('button', { name: 'Davam et' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Şikayəti imzalayın' })).toBeFocused();
    await page.getByRole('button', { name: 'İmzasız göndər' }).click();
    await expect(page.getByText('Qeydiyyat müddəti səhv göstərilib')).toBeVisible();
    await expect(page.getByLabel('Qərardan şikayət et')).toHaveCount(0);
    await expect(page.locator('.q-signed-by')).toHaveText('Göndərən imzalamayıb');
    await expect(page.getByRole('link', { name: 'etiraz.pdf' })).toBeVisible();
    await audit(page, { label: 'with a complaint' });

    const supervisor = await desk(browser, info);
    await logInAsOfficer(supervisor, 'supervisor@demo.qapi.az');
    await supervisor.getByRole('link', { name: 'Şikayətlər' }).click();
    const complaint = supervisor.getByRole('region', { name: number });
    await expect(complaint).toContainText('Qeydiyyat müddəti səhv göstərilib');
    await expect(complaint.locator('.q-signed-by')).toHaveText('Göndərən imzalamayıb');
    // The supervisor opens the document through the back office (written to the audit log).
    const document = complaint.getByRole('link', { name: 'etiraz.pdf' });
    const read = await supervisor.request.get((await document.getAttribute('href'))!);
    expect(read.status()).toBe(200);
    expect((await read.body()).subarray(0, 4).toString()).toBe('%PDF');
    await audit(supervisor, { label: 'on the complaints' });
    await complaint.getByLabel('Agentliyin cavabı').fill('Müddət düzəldildi.');
    await complaint.getByRole('button', { name: 'Cavabı göndər' }).click();
    await expect(complaint).toHaveCount(0);
    await leaveDesk(supervisor, page);
    await page.reload();
    await expect(page.getByText('Müddət düzəldildi.')).toBeVisible();
  });
});
