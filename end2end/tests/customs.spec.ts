// The State Customs Committee's copies of documents required for clearance (seed 004): found
// through "Qurumlar", logged in with Asan İmza, "Sayı: 0", the obligation accepted and signed with PIN2 (and its PDF)
// before the first document, "Yeni sənəd" with a scanned copy, the search by period; a customs
// officer asks for a better copy, the declarant sends one, the officer accepts it; every value the
// declarant gave is on the officer's page and the result.
import { readFileSync } from 'node:fs';
import { test, expect, audit, scanFile, sendUnsigned } from './fixtures';
import { askToSign, confirmWithPin1, signWithPin2, startAsanImza } from './pages/asan';
import { fillDate } from './pages/dates';
import { linkFromMail } from './pages/mailbox';
import { APPLICATION_PARTS, moduleRequests, partsIn, preloadedModules } from './pages/modules';
import { customsOfficer, desk, logInAsOfficer, sendDecision, leaveDesk } from './pages/office';

/** Demo holders of server/data/asan_imza.json, one per project (the two run at once) and
 *  another for a retry: the first attempt's documents and obligation stay on the server. */
const HOLDERS = {
  desktop: [
    { phone: '051 999 00 11', userId: '100009', pin1: '9999', pin2: '99999' },
    { phone: '051 333 44 55', userId: '100011', pin1: '1111', pin2: '11111' },
  ],
  phone: [
    { phone: '070 000 11 22', userId: '100010', pin1: '1010', pin2: '10101' },
    { phone: '070 666 77 88', userId: '100012', pin1: '1212', pin2: '12121' },
  ],
};
const INVOICE_PDF = scanFile('scan.pdf');
const DECLARATION = '10002010/151126/0004512';

/** Today and yesterday in Baku, as people type them (dd.mm.yyyy). */
function days(): { today: string; yesterday: string } {
  const baku = (offset: number) => new Date(Date.now() + 4 * 3600_000 + offset).toISOString().slice(0, 10).split('-').reverse().join('.');
  return { today: baku(0), yesterday: baku(-86_400_000) };
}

test.describe('customs document copies', () => {
  test.setTimeout(240_000);
  // The page asks who is logged in before anyone is; empty forms are refused on purpose.
  test.use({ allowedConsoleErrors: [/status of (401|409|422)/] });

  test('a declarant accepts the obligation, files a copy, finds it by period and sends a better one when asked', async ({ page, context, browser }, info) => {
    const holder = HOLDERS[info.project.name as keyof typeof HOLDERS][Math.min(info.retry, 1)];
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Əsas menyu' }).getByRole('link', { name: 'Qurumlar' }).click();
    await page.getByRole('link', { name: /Gömrük Komitəsi/ }).first().click();
    await page.getByRole('link', { name: /Rəsmiləşdirmə üçün tələb olunan sənədlərin surətləri/ }).click();
    await page.getByRole('link', { name: 'Müraciət et' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rəsmiləşdirmə üçün tələb olunan sənədlərin surətləri' })).toBeVisible();
    await audit(page, { label: 'asked to log in' });
    await page.getByRole('link', { name: 'Daxil ol' }).click();
    await expect(page.getByRole('link', { name: 'Necə əldə etməli?' })).toHaveCount(4);

    const code = await startAsanImza(page, holder);
    await confirmWithPin1(context, code, holder);
    // Back at the service that sent them to log in, not in the cabinet.
    await expect(page).toHaveURL(/\/services\/7\.8\/apply$/);
    await expect(page.getByText('Sayı: 0')).toBeVisible();
    await expect(page.getByText('Bu dövrdə daxil olunmuş sənəd yoxdur.')).toBeVisible();
    await audit(page, { label: 'the service page' });

    // The obligation comes first.
    await page.getByRole('button', { name: 'Yeni sənəd' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Problem var' });
    await expect(problems).toBeFocused();
    await expect(problems.getByRole('link', { name: /əvvəlcə öhdəlik formasını qəbul edin/ })).toBeVisible();
    await page.getByRole('button', { name: 'Təsdiqlə' }).click();
    await expect(problems.getByRole('link', { name: 'Bu sahəni doldurun' })).toBeVisible();
    await audit(page, { label: 'the obligation form' });
    await page.getByLabel('Öhdəliklə tanış oldum və onu qəbul edirəm').check();
    await page.getByRole('button', { name: 'Təsdiqlə' }).click();
    // The obligation is signed (rule 12.2): PIN2 on the phone, which names what is signed.
    await expect(page.getByRole('heading', { level: 2, name: 'Öhdəliyi imzalayın' })).toBeFocused();
    await audit(page, { label: 'signing the obligation' });
    const signing = await askToSign(page, holder);
    await signWithPin2(context, signing, holder.pin2, 'saxlanması barədə öhdəlik · 1');
    await expect(page.getByText(/Öhdəliyi .* qəbul etmisiniz/)).toBeVisible();
    await expect(page.locator('.q-signed-by')).toHaveText(/^İmza etibarlıdır — \S+ \S+, \d\d\.\d\d\.\d{4}/);
    const obligation = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Öhdəliyi PDF kimi yüklə' }).click();
    expect(readFileSync((await (await obligation).path())!).subarray(0, 4).toString()).toBe('%PDF');

    // "Yeni sənəd": every problem at once, then the document.
    await page.getByRole('button', { name: 'Yeni sənəd' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Yeni sənəd' })).toBeVisible();
    const number = (await page.locator('main .q-code').first().textContent())!.trim();
    expect(number).toMatch(/^\d{4}-\d{6}$/);
    await page.getByRole('button', { name: 'Sənədi göndər' }).click();
    await expect(problems).toBeFocused();
    await expect(problems.getByRole('link')).toHaveCount(5);
    await audit(page, { label: 'the document with problems' });
    await page.getByLabel('Gömrük bəyannaməsinin nömrəsi').fill(DECLARATION);
    await page.getByLabel('Sənədin növü').selectOption({ value: 'invoice' });
    await fillDate(page, 'Sənədin tarixi', '16.11.2026');
    await expect(page.getByLabel('Sənədin surəti')).toHaveAttribute('accept', /application\/pdf/);
    await page.getByLabel('Sənədin surəti').setInputFiles({ name: 'invoys.pdf', mimeType: 'application/pdf', buffer: INVOICE_PDF });
    // Sent only once it has arrived: a page still on its way is not part of the form yet.
    await expect(page.locator('.q-scan__page', { hasText: 'invoys.pdf' })).toContainText('Yükləndi');
    await page.getByRole('button', { name: 'Sənədi göndər' }).click();
    await expect(problems.getByRole('link', { name: /bəyannamənin qeydiyyat günündən sonra/ })).toBeVisible();
    await fillDate(page, 'Sənədin tarixi', '10.11.2026');
    await page.getByLabel('Təsviri (istəyə bağlı)').fill('Hesab-faktura No. 17');
    const email = `muhasib.${info.project.name}.${Date.now()}@tacir.az`;
    await page.getByLabel('E-poçt ünvanı').fill(email);
    await page.getByRole('button', { name: 'Sənədi göndər' }).click();
    await sendUnsigned(page);
    await expect(page.getByRole('heading', { name: 'Müraciət göndərildi' })).toBeFocused();
    await audit(page, { label: 'sent' });
    expect(await linkFromMail(page.request, email, new RegExp(`qəbul olundu — ${number}`))).toContain(number);

    await page.getByRole('link', { name: 'Sənədlərin siyahısına qayıt' }).click();
    await expect(page.getByText('Sayı: 1')).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: number });
    await expect(row).toContainText(DECLARATION);
    await expect(row).toContainText('Göndərilib');
    const { today, yesterday } = days();
    await fillDate(page, 'Başlanğıc', today);
    await fillDate(page, 'Son', yesterday);
    await page.getByRole('button', { name: 'Axtar' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Problem var' }).getByRole('link', { name: /başlanğıc günündən əvvəl/ })).toBeVisible();
    await fillDate(page, 'Başlanğıc', yesterday);
    await page.getByRole('button', { name: 'Axtar' }).click();
    await expect(page.getByText('Bu dövrdə daxil olunmuş sənəd yoxdur.')).toBeVisible();
    await fillDate(page, 'Son', today);
    await page.getByRole('button', { name: 'Axtar' }).click();
    await expect(page.getByRole('row').filter({ hasText: number })).toBeVisible();
    await audit(page, { label: 'found by period' });

    // A customs officer asks for a better copy.
    const officer = await desk(browser, info);
    await logInAsOfficer(officer, customsOfficer(info.project.name));
    await officer.goto(`/office/applications/${number}`);
    // Every value the declarant gave is on the officer's page, labelled as on the form.
    const answers = officer.locator('.q-summary-list');
    for (const [label, value] of [
      ['Gömrük bəyannaməsinin nömrəsi', DECLARATION],
      ['Sənədin növü', 'Hesab-faktura (invoys)'],
      ['Sənədin tarixi', '10.11.2026'],
      ['Təsviri', 'Hesab-faktura No. 17'],
      ['E-poçt ünvanı', email],
    ]) {
      await expect(answers.locator('.q-summary-list__row', { hasText: label }).first()).toContainText(value);
    }
    await expect(officer.getByRole('link', { name: 'invoys.pdf' })).toBeVisible();
    await officer.getByLabel('Düzəlişə qaytar').check();
    await officer.getByLabel('Sənədin surəti').check();
    await officer.getByLabel('Ərizəçiyə qeyd').fill('Surət oxunmur: daha aydın surət yükləyin');
    await audit(officer, { label: 'asking for a better copy' });
    await sendDecision(officer);
    await expect(officer.locator('.q-status')).toHaveText('Düzəliş üçün qaytarılıb');

    // The application's page brings the customs copy's form and no other service's.
    const modules = moduleRequests(page);
    await page.goto(`/applications/${number}`);
    await expect(page.getByText('Surət oxunmur: daha aydın surət yükləyin')).toBeVisible();
    expect(partsIn(modules).filter((part) => APPLICATION_PARTS.includes(part))).toEqual(['customs_application']);
    const html = await (await page.request.get(`/applications/${number}`)).text();
    expect(partsIn(preloadedModules(html)), 'the page preloads it').toEqual(['customs_application']);
    await expect(page.getByRole('link', { name: 'Sənədin surəti: Agentlik bu sahəni düzəltməyi xahiş edir' })).toBeVisible();
    await expect(page.getByLabel('Gömrük bəyannaməsinin nömrəsi')).toHaveValue(DECLARATION);
    await audit(page, { label: 'returned for a better copy' });
    await page.getByRole('button', { name: 'Sil invoys.pdf' }).click();
    await page.getByLabel('Sənədin surəti').setInputFiles({ name: 'invoys-aydin.pdf', mimeType: 'application/pdf', buffer: INVOICE_PDF });
    await expect(page.locator('.q-scan__page', { hasText: 'invoys-aydin.pdf' })).toContainText('Yükləndi');
    await page.getByRole('button', { name: 'Sənədi göndər' }).click();
    await sendUnsigned(page);
    await expect(page.getByRole('heading', { name: 'Müraciət göndərildi' })).toBeFocused();

    await officer.reload();
    await expect(officer.locator('.q-status')).toHaveText('Düzəldilib, yenidən göndərilib');
    await officer.getByLabel('Qəbul et').check();
    await sendDecision(officer);
    await expect(officer.locator('.q-status')).toHaveText('Qəbul edilib');
    await leaveDesk(officer, page);

    await page.goto('/services/7.8/apply');
    await expect(page.getByRole('row').filter({ hasText: number })).toContainText('Qəbul edilib');
    await page.getByRole('row').filter({ hasText: number }).getByRole('link').click();
    const result = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Nəticəni PDF kimi yüklə' }).click();
    expect(readFileSync((await (await result).path())!).subarray(0, 4).toString()).toBe('%PDF');
    // The result names every value the declarant gave, as its PDF does: the verify page reads
    // the same lines.
    await page.getByRole('link', { name: 'Sənədin yoxlanılması' }).click();
    await expect(page.getByText('Bu sənəd həqiqidir')).toBeVisible();
    for (const value of [DECLARATION, 'Hesab-faktura (invoys)', '10.11.2026', 'Hesab-faktura No. 17']) {
      await expect(page.locator('main')).toContainText(value);
    }
    await audit(page, { label: 'the verify page' });
  });
});
