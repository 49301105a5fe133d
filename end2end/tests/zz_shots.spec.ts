// The agency's side (rules 6–7): an officer logs in with the authenticator's code, finds a host's
// application in the queue, reads the scan, returns it with a field marked; the host fixes that
// field and sends it again; the officer accepts; the host downloads the result and anyone can
// check it on the verify page.
import { expect as expectPlain, type Browser, type Page, type TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, audit } from './fixtures';
import { logInAsOfficer, migrationOfficer, officerApi, registerHost, verifyHost } from './pages/office';

const PASSWORD = 'qonaqlar evimizdə 2026';
const PASSPORT_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

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

/** A browser of the officer's own, shaped like the project's. */
async function desk(browser: Browser, info: TestInfo): Promise<Page> {
  const { baseURL, locale, viewport, isMobile, hasTouch, deviceScaleFactor } = info.project.use;
  const context = await browser.newContext({ baseURL, locale, viewport, isMobile, hasTouch, deviceScaleFactor });
  return context.newPage();
}

test.describe('shots', () => {
  test.setTimeout(200_000);
  test.use({ allowedConsoleErrors: [/./], auditAfterTest: false });
  test('shots', async ({ page, browser }, info) => {
    const p = info.project.name;
    const email = `shot.${p}.${Date.now()}@example.az`;
    const officerEmail = migrationOfficer(p);
    await registerHost(page.request, email, PASSWORD);
    const api = await officerApi(info.project.use.baseURL!, officerEmail);
    await verifyHost(api, email);
    const number = await sentApplication(page, email);
    const officer = await desk(browser, info);
    await logInAsOfficer(officer, officerEmail);
    await officer.screenshot({ path: `/tmp/shots/${p}-queue.png`, fullPage: true });
    await officer.goto(`/office/applications/${number}`);
    await expect(officer.getByRole('heading', { level: 1, name: `Müraciət ${number}` })).toBeVisible();
    await officer.getByLabel('Düzəlişə qaytar').check();
    await officer.screenshot({ path: `/tmp/shots/${p}-application.png`, fullPage: true });
    await officer.getByLabel('Qəbul et').check();
    await officer.getByRole('button', { name: 'Qərarı göndər' }).click();
    await expect(officer.locator('.q-status')).toHaveText('Qəbul edilib');
    await officer.goto('/office/hosts');
    await expect(officer.getByRole('heading', { level: 1 })).toBeVisible();
    await officer.waitForTimeout(500);
    await officer.screenshot({ path: `/tmp/shots/${p}-hosts.png`, fullPage: true });
    await page.goto(`/applications/${number}`);
    await expect(page.locator('.q-status')).toHaveText('Qəbul edilib');
    await page.screenshot({ path: `/tmp/shots/${p}-progress.png`, fullPage: true });
    await page.getByRole('link', { name: 'Sənədin yoxlanılması' }).click();
    await expect(page.getByText('Bu sənəd həqiqidir')).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/${p}-verify.png`, fullPage: true });
    await page.goto('/applications');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shots/${p}-mine.png`, fullPage: true });
    if (p === 'desktop') {
      const admin = await desk(browser, info);
      await admin.goto('/login');
      await admin.getByLabel('E-poçt ünvanı').fill('admin@demo.qapi.az');
      await admin.getByLabel('Şifrə', { exact: true }).fill('Demo-officer-2026');
      await admin.getByRole('button', { name: 'Daxil ol' }).click();
      const code = (await (await admin.request.get('/api/dev/officers')).json()).find((o: any) => o.email === 'admin@demo.qapi.az').code;
      await admin.getByLabel('Kod', { exact: true }).fill(code);
      await admin.screenshot({ path: `/tmp/shots/${p}-second-factor.png`, fullPage: true });
      await admin.getByRole('button', { name: 'Təsdiqlə' }).click();
      await expect(admin.getByRole('heading', { level: 1, name: 'Əməkdaşlar' })).toBeVisible();
      await admin.getByLabel('E-poçt ünvanı').fill(`new.${Date.now()}@dmx.gov.az`);
      await admin.getByLabel('Soyad').fill('Nəsirov');
      await admin.getByLabel('Ad', { exact: true }).fill('Kamran');
      await admin.getByLabel('Vəzifə').selectOption({ label: 'Əməkdaş' });
      await admin.getByRole('button', { name: 'Əməkdaş əlavə et' }).click();
      await expect(admin.getByText('Əməkdaş əlavə olundu')).toBeVisible();
      await admin.screenshot({ path: `/tmp/shots/${p}-officers.png`, fullPage: true });
      await admin.goto('/office/audit');
      await admin.waitForTimeout(800);
      await admin.screenshot({ path: `/tmp/shots/${p}-audit.png`, fullPage: true });
    }
  });
});
