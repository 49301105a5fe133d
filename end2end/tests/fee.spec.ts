// A form that asks a fee (the demo form of 9.5 asks 2 manat): the start page says so; the
// citizen fills it in, cannot send before paying, pays on the gateway's card page (the
// development simulator), comes back from the receipt to checking the answers, and sends.
import { test, expect, audit, scanFile, sendUnsigned } from './fixtures';
import { Portal } from './pages/catalogue';
import { moduleRequests, partsIn } from './pages/modules';

const TITLE = 'Qeydiyyata alınmış vətəndaşlıq vəziyyəti aktları ilə bağlı sənədlərin əldə edilməsi';
/** A demo person of the E-Gov simulator each project logs in as (the two run at once). */
const PEOPLE = { desktop: /Petrov Ivan/, phone: /Rossi Marco/ };
const SCAN = scanFile('scan.pdf');

test.describe('a form with a fee', () => {
  test.setTimeout(180_000);
  // The start page asks who is logged in before anyone is; sending before paying is refused.
  test.use({ allowedConsoleErrors: [/status of (401|409)/] });

  test('a citizen fills in 9.5, is asked to pay first, pays once and sends', async ({ page }, info) => {
    const portal = new Portal(page);
    const continueButton = page.getByRole('button', { name: 'Yadda saxla və davam et' });

    await portal.open('/services/9.5/apply', TITLE);
    await expect(page.getByText('Bank kartı ilə 2,00 ₼ rüsum')).toBeVisible();
    await page.getByRole('link', { name: 'Daxil ol' }).click();
    await page.getByRole('radio', { name: 'E-Gov identity' }).check();
    await page.getByRole('button', { name: 'E-Gov identity ilə davam et' }).click();
    await page.getByRole('radio', { name: PEOPLE[info.project.name as keyof typeof PEOPLE] }).check();
    await page.getByRole('button', { name: 'Təsdiqlə' }).click();
    await portal.expectPage(TITLE);
    await page.getByRole('button', { name: 'Başla' }).click();

    await portal.expectPage('Ərizəçi');
    const number = page.url().split('/').pop()!;
    const modules = moduleRequests(page);
    await continueButton.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vətəndaşlıq vəziyyəti aktı' })).toBeFocused();
    await page.getByRole('radio', { name: 'Doğum' }).check();
    await continueButton.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nə lazımdır' })).toBeFocused();
    await page.getByRole('checkbox', { name: 'Təkrar şəhadətnamə' }).check();
    await page.getByLabel('Nüsxələrin sayı').fill('2');
    await continueButton.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sənədlər' })).toBeFocused();
    await page.getByLabel('Əsas verən sənəd').setInputFiles({ name: 'arayis.pdf', mimeType: 'application/pdf', buffer: SCAN });
    await expect(page.locator('.q-scan__page', { hasText: 'arayis.pdf' })).toContainText('Yükləndi');
    await continueButton.click();

    // The fee beside the answers; sending first is refused with the way to pay.
    await expect(page.getByRole('heading', { level: 1, name: 'Cavablarınızı yoxlayın' })).toBeFocused();
    const fee = page.getByRole('region', { name: 'Rüsum' });
    await expect(fee).toContainText('2,00 ₼');
    await expect(fee).toContainText('Dövlət rüsumu haqqında');
    // The fee's section is a part of its own, which only a form with a fee brings: as the few
    // files it lacks, since its pack would bring the renderer's chunks again.
    expect(partsIn(modules)).toContain('fee_to_pay');
    expect(modules.some((name) => name.endsWith('/split_fee_to_pay.wasm'))).toBe(true);
    expect(modules.some((name) => name.endsWith('/pack_fee_to_pay.bin'))).toBe(false);
    await audit(page, { label: 'checking the answers, the fee to pay' });
    await page.getByRole('button', { name: 'Müraciəti göndər' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Problem var' });
    await expect(problems).toContainText('əvvəlcə rüsumu ödəyin');

    // The card page, the receipt, and back to the application.
    await fee.getByRole('button', { name: 'Rüsumu ödə' }).click();
    await portal.expectPage('Ödəniş sistemi (simulyator)');
    await expect(page.getByText(`müraciət ${number}`)).toBeVisible();
    await page.getByLabel('Kartın nömrəsi').fill('4111 1111 1111 1111');
    await page.getByLabel('Bitmə tarixi (AA/İİ)').fill('12/39');
    await page.getByLabel('CVV').fill('123');
    await page.getByLabel('Kart sahibinin adı').fill('TEST CARDHOLDER');
    await page.getByRole('button', { name: /^Ödə/ }).click();
    await expect(page.getByRole('heading', { name: 'Rüsum ödənilib' })).toBeVisible();
    await expect(page.getByText(number)).toBeVisible();
    await audit(page, { label: 'the fee receipt' });
    await page.getByRole('link', { name: 'Müraciətə qayıt' }).click();

    // A complete draft opens at checking the answers, the fee paid; now it sends.
    await portal.expectPage('Cavablarınızı yoxlayın');
    await expect(fee).toContainText('Rüsum ödənilib');
    await expect(fee.getByRole('button', { name: 'Rüsumu ödə' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Müraciəti göndər' }).click();
    await sendUnsigned(page);
    await expect(page.getByRole('heading', { name: 'Müraciət göndərildi' })).toBeFocused();
    await expect(page.getByText(number)).toBeVisible();
  });
});
