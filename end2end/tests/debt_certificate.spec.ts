// Azərişıq's debt certificate (seed 003): reached through the agency's list, logged in with
// Asan İmza, basic data filled in, the application's number shown, one's own subscriber code,
// the mobile confirmed by SMS, "Müraciəti göndər"; the texts arrive, the certificate is a PDF
// that the verify page confirms. (Billing down is an API test: switching the shared simulator
// off here would stop the other project's run.)
import { readFileSync } from 'node:fs';
import { test, expect, audit, sendUnsigned } from './fixtures';
import { confirmWithPin1, startAsanImza } from './pages/asan';

/** Demo holders of server/data/asan_imza.json with subscribers in server/data/billing.json;
 *  one per project, as the two run at once. */
const HOLDERS = {
  desktop: { phone: '010 777 88 99', userId: '100007', pin1: '7777', e164: '+994107778899', fin: '3VPB1QC', noDebt: '4000567893', debt: '4000567894' },
  phone: { phone: '050 888 99 00', userId: '100008', pin1: '8888', e164: '+994508889900', fin: 'N7NR1XS', noDebt: '5000678905', debt: '5000678906' },
};

interface Text { channel: string; recipient: string; body: string }

async function texts(page: import('@playwright/test').Page, to: string): Promise<Text[]> {
  const all: Text[] = await (await page.request.get('/api/dev/mailbox')).json();
  return all.filter((t) => t.channel === 'sms' && t.recipient === to);
}

test.describe('the debt certificate', () => {
  test.setTimeout(120_000);
  // The first send is refused on purpose.
  test.use({ allowedConsoleErrors: [/status of 422/] });

  test('a subscriber gets a certificate of no debt in seconds, told by SMS', async ({ page, context }, info) => {
    const holder = HOLDERS[info.project.name as keyof typeof HOLDERS];
    await page.goto('/agencies/42');
    await page.getByRole('link', { name: /Borcun araşdırılması/ }).click();
    await page.getByRole('link', { name: 'Müraciət et' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Borcun araşdırılması və borcun olmaması (və ya olması) barədə sənədin verilməsi' })).toBeVisible();
    await audit(page, { label: 'asked to log in' });
    await page.getByRole('link', { name: 'Daxil ol' }).click();

    const code = await startAsanImza(page, holder);
    await confirmWithPin1(context, code, holder);
    // Back at the service that sent them to log in, not in the cabinet.
    await expect(page).toHaveURL(/\/services\/42\.1\/apply$/);
    await expect(page.getByText(holder.fin)).toBeVisible();
    const number = (await page.locator('.q-summary-list .q-code').nth(1).textContent())!.trim();
    expect(number).toMatch(/^\d{4}-\d{6}$/);
    await audit(page, { label: 'the form' });

    // The phone that confirmed the login with PIN1 is offered as confirmed, once, as a choice.
    const shown = holder.e164.replace(/^\+994(\d\d)(\d{3})(\d\d)(\d\d)$/, '+994 $1 $2 $3 $4');
    const mobile = page.getByRole('checkbox', { name: shown });
    await expect(mobile).toBeChecked();
    await expect(page.getByText(shown, { exact: true })).toHaveCount(1);

    // Without a number to text, the application is not sent.
    await mobile.uncheck();
    await page.getByRole('button', { name: 'Müraciəti göndər' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Problem var' });
    await expect(problems).toBeFocused();
    await expect(problems.getByRole('link', { name: /Mobil nömrənizi/ })).toBeVisible();

    // Asking for a code for it says it is confirmed already; no SMS is sent.
    await page.getByLabel('Mobil nömrə').fill(holder.phone);
    await page.getByRole('button', { name: 'Kod göndər' }).click();
    await expect(page.getByText(`${shown} nömrəsi artıq təsdiqlənib; kod lazım deyil.`)).toBeVisible();
    await expect(page.getByLabel('SMS-dəki kod')).toHaveCount(0);
    await mobile.check();

    await page.getByLabel('Abonent kodu').selectOption({ value: holder.noDebt });
    await page.getByLabel('E-poçt ünvanı').fill(`abonent.${info.project.name}@example.az`);
    await page.getByRole('button', { name: 'Müraciəti göndər' }).click();
    await sendUnsigned(page);
    await expect(page.getByRole('heading', { name: 'Müraciət göndərildi' })).toBeFocused();
    await expect(page.getByText('Qəbul edilib')).toBeVisible({ timeout: 20_000 });
    await audit(page, { label: 'answered' });
    const told = async () => (await texts(page, holder.e164)).map((t) => t.body).join(' | ');
    await expect.poll(told).toContain(`${number} nömrəli müraciətiniz qeydə alındı`);
    await expect.poll(told).toContain(`${number}: Qəbul edilib`);

    await page.getByRole('link', { name: 'Müraciətə və nəticəyə bax' }).click();
    // Every answer given is on the sent request's page: the code, the number texted, the address.
    const answers = page.locator('.q-summary-list__row');
    await expect(answers.filter({ hasText: 'Abonent kodu' }).first()).toContainText(holder.noDebt);
    await expect(answers.filter({ hasText: 'Mobil nömrə' }).first()).toContainText(shown);
    await expect(answers.filter({ hasText: 'E-poçt ünvanı' }).first()).toContainText(`abonent.${info.project.name}@example.az`);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Nəticəni PDF kimi yüklə' }).click();
    expect(readFileSync((await (await download).path())!).subarray(0, 4).toString()).toBe('%PDF');
    await page.getByRole('link', { name: 'Sənədin yoxlanılması' }).click();
    // The certificate names every answer, labelled as on the form.
    await expect(page.getByText('Bu sənəd həqiqidir')).toBeVisible();
    await expect(page.getByText('Borcun olmaması barədə arayış')).toBeVisible();
    await expect(page.getByText(`Abonent kodu: ${holder.noDebt}`)).toBeVisible();
    await expect(page.getByText(`Mobil nömrə: ${shown}`)).toBeVisible();
    await expect(page.getByText(`E-poçt ünvanı: abonent.${info.project.name}@example.az`)).toBeVisible();
  });
});
