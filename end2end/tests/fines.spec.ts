// Paying a migration fine as seed 000 describes it: the payment number and security code,
// "Axtar", the fine, "Ödə", the card on the payment gateway's page (the development simulator),
// and the receipt; a declined card first, then a good one.
import { readFile } from 'node:fs/promises';
import { test, expect, audit } from './fixtures';
import { Portal } from './pages/catalogue';
import { summaryRows } from './pages/dates';

/** Demo fines of server/data/fines.json, one per project as both run at once. */
const FINES = {
  desktop: {
    number: '2026 1120 0010 11', code: '318642', person: 'Beridze Nino',
    article: '578.1', reason: 'Olduğu yer üzrə qeydiyyata vaxtında alınmama',
  },
  phone: {
    number: '2026 1121 0011 22', code: '551902', person: 'Karimova Dilnoza',
    article: '577.1', reason: 'Ölkədə qalma müddətini pozma',
  },
};

test.describe('paying a fine', () => {
  // Wrong codes and the declined card are answered with errors on purpose.
  test.use({ allowedConsoleErrors: [/status of (409|422)/] });
  // The whole way through the gateway, the receipt and its PDF, with axe at each page.
  test.setTimeout(90_000);

  test('look up, a declined card, then pay and see the receipt', async ({ page }, testInfo) => {
    const fine = FINES[testInfo.project.name as keyof typeof FINES];
    const portal = new Portal(page);
    await portal.open('/services/33.10', /Cərimələrin internet vasitəsilə ödənilməsi/);
    await page.getByRole('link', { name: 'Müraciət et' }).click();
    await portal.expectPage('Cərimələrin internet vasitəsilə ödənilməsi');

    await page.getByLabel('Ödəniş nömrəsi').fill(fine.number);
    await page.getByLabel('Təhlükəsizlik kodu').fill('000000');
    await page.getByRole('button', { name: 'Axtar' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Problem var' });
    await expect(summary).toContainText('cərimə tapılmadı');
    await audit(page, { label: 'wrong code' });

    await page.getByLabel('Təhlükəsizlik kodu').fill(fine.code);
    await page.getByRole('button', { name: 'Axtar' }).click();
    await expect(page.getByRole('heading', { name: 'Cərimə', exact: true })).toBeFocused();
    await expect(page.getByText(fine.person)).toBeVisible();
    await audit(page, { label: 'the fine' });

    await page.getByRole('button', { name: /^Ödə/ }).click();
    await portal.expectPage('Ödəniş sistemi (simulyator)');
    await page.getByLabel('Kartın nömrəsi').fill('4000000000000002');
    await expect(page.getByLabel('Kartın nömrəsi')).toHaveValue('4000 0000 0000 0002');
    await page.getByLabel('Bitmə tarixi (AA/İİ)').fill('12/39');
    await page.getByLabel('CVV').fill('123');
    await page.getByLabel('Kart sahibinin adı').fill('TEST CARDHOLDER');
    await page.getByRole('button', { name: /^Ödə/ }).click();
    await portal.expectPage('Ödəniş alınmadı');
    await expect(page.getByText('Bank ödənişi rədd etdi')).toBeVisible();

    await page.getByRole('link', { name: 'Yenidən ödə' }).click();
    await portal.expectPage('Cərimələrin internet vasitəsilə ödənilməsi');
    await expect(page.getByLabel('Ödəniş nömrəsi')).toHaveValue(fine.number);
    await page.getByRole('button', { name: 'Axtar' }).click();
    await page.getByLabel('Çıxarışı e-poçtla göndərin').fill(`payer.${testInfo.project.name}@example.az`);
    await page.getByRole('button', { name: /^Ödə/ }).click();
    await portal.expectPage('Ödəniş sistemi (simulyator)');
    await page.getByLabel('Kartın nömrəsi').fill('4111 1111 1111 1111');
    await page.getByLabel('Bitmə tarixi (AA/İİ)').fill('12/39');
    await page.getByLabel('CVV').fill('123');
    await page.getByLabel('Kart sahibinin adı').fill('TEST CARDHOLDER');
    await page.getByRole('button', { name: /^Ödə/ }).click();

    await expect(page.getByRole('heading', { name: 'Cərimə ödənildi' })).toBeVisible();
    await expect(page.getByText('411111******1111')).toBeVisible();
    // The receipt names who paid, what for and whom.
    const rows = Object.fromEntries(await summaryRows(page));
    expect(rows['Ödəyən']).toBe(fine.person);
    expect(rows['İnzibati Xətalar Məcəlləsinin maddəsi']).toBe(fine.article);
    expect(rows['Səbəb']).toBe(fine.reason);
    expect(rows['Ödənişi alan qurum']).toBe('Dövlət Miqrasiya Xidməti');
    expect(rows['Çıxarışın göndərildiyi e-poçt']).toBe(`payer.${testInfo.project.name}@example.az`);
    await audit(page, { label: 'the receipt' });
    await expect(page.getByRole('button', { name: 'Çap et' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Çıxarışı PDF kimi yüklə' }).click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toBe(`receipt-${fine.number.replaceAll(" ", "")}.pdf`);
    const bytes = await readFile((await pdf.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    // The fine now says it is paid, with the way to its receipt, and cannot be paid again.
    await portal.open('/services/33.10/apply', 'Cərimələrin internet vasitəsilə ödənilməsi');
    await page.getByRole('button', { name: 'Axtar' }).click();
    await expect(page.getByText('Bu cərimə artıq ödənilib.')).toBeVisible();
    await page.getByRole('link', { name: 'Çıxarışa baxın' }).click();
    await expect(page.getByRole('heading', { name: 'Cərimə ödənildi' })).toBeVisible();
  });

  test('an overdue fine says so before it is paid, in Azerbaijani dates and manat', async ({ page }) => {
    const portal = new Portal(page);
    await portal.open('/services/33.10/apply', 'Cərimələrin internet vasitəsilə ödənilməsi');
    // Yılmaz Mehmet's demo fine was due by 14.11.2026 and is never paid by a test.
    await page.getByLabel('Ödəniş nömrəsi').fill('2026 1015 0003 42');
    await page.getByLabel('Təhlükəsizlik kodu').fill('730215');
    await page.getByRole('button', { name: 'Axtar' }).click();
    await expect(page.getByRole('heading', { name: 'Cərimə', exact: true })).toBeFocused();
    await expect(page.getByRole('status')).toContainText('ödəmə müddəti 14.11.2026 tarixində bitib');
    await expect(page.getByText('15.10.2026')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ödə 400,00 ₼' })).toBeVisible();
    await audit(page, { label: 'an overdue fine' });
  });
});
