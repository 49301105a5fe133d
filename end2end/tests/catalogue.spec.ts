// A citizen walks the catalogue: home, agencies, all services, search, one service's card,
// the language switch, deep links and the way back. Runs on desktop and phone widths.
import { type APIRequestContext } from '@playwright/test';
import { test, expect, audit } from './fixtures';
import { Portal } from './pages/catalogue';

/** How many services the catalogue lists now: the registry spec, running beside this one,
 *  registers a service of its own. */
async function servicesListed(request: APIRequestContext): Promise<number> {
  const catalogue: { agencies: { services: unknown[] }[] } = await (await request.get('/api/catalogue')).json();
  return catalogue.agencies.reduce((sum, agency) => sum + agency.services.length, 0);
}

test('the home page lists the agencies and leads to one agency and its services', async ({ page }) => {
  const portal = new Portal(page);
  await portal.open('/', 'Dövlət e-xidmətləri bir yerdə');
  await expect(page).toHaveTitle(/^Ana səhifə — Qapı/);
  const services = await servicesListed(page.request);
  expect(services).toBeGreaterThanOrEqual(288);
  await expect(page.getByText(`42 qurumun ${services} elektron xidməti`)).toBeVisible();

  await page.getByRole('link', { name: 'Dövlət Miqrasiya Xidməti' }).click();
  await portal.expectPage('Dövlət Miqrasiya Xidməti');
  await expect(page).toHaveURL(/\/agencies\/33$/);
  await expect(portal.results()).toHaveCount(11);

  await page.getByRole('link', { name: 'Cərimələrin internet vasitəsilə ödənilməsi' }).click();
  await portal.expectPage('Cərimələrin internet vasitəsilə ödənilməsi');
  await expect(page).toHaveURL(/\/services\/33\.10$/);

  await page.goBack();
  await portal.expectPage('Dövlət Miqrasiya Xidməti');
  await page.goBack();
  await portal.expectPage('Dövlət e-xidmətləri bir yerdə');
});

test('search forgives missing diacritics and the address can be shared', async ({ page }) => {
  const portal = new Portal(page);
  await portal.open('/', 'Dövlət e-xidmətləri bir yerdə');
  await portal.searchBox().fill('olduqu yer');
  await portal.searchBox().press('Enter');
  await portal.expectPage('Bütün xidmətlər');
  await expect(page).toHaveURL(/\/services\?q=olduqu%20yer$/);
  await expect(portal.results().first()).toContainText('Olduğu yer üzrə qeydiyyata alınma');

  // Instant: each keystroke searches and keeps the address in step.
  await portal.searchBox().fill('CERIME');
  await expect(page).toHaveURL(/\/services\?q=CERIME$/);
  await expect(portal.results().first()).toContainText('Cərimələrin internet vasitəsilə ödənilməsi');
  await expect(page.getByRole('status')).toContainText('«CERIME» üzrə');
  await audit(page);

  // The shared address opens the same results.
  await page.goto('/services?q=cerime');
  await portal.expectPage('Bütün xidmətlər');
  await expect(portal.searchBox()).toHaveValue('cerime');
  await expect(portal.results().first()).toContainText('Cərimələrin');

  await portal.searchBox().fill('zzzxq');
  await expect(page.getByRole('status')).toHaveText('«zzzxq» üzrə xidmət tapılmadı.');
  await expect(portal.results()).toHaveCount(0);
  await audit(page);

  await portal.searchBox().fill('');
  await expect(page).toHaveURL(/\/services$/);
  await expect(portal.results()).toHaveCount(await servicesListed(page.request));
});

test.describe('a service card', () => {
  // The apply page of a service that is not hand-built asks for its published form; one without
  // is a 404. Asking who is logged in is answered "no one" without an error, so a guest's
  // console stays clean.
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('a service card shows its regulation and says what is not yet published', async ({ page }) => {
    const portal = new Portal(page);
    await portal.open('/services/33.11', 'Olduğu yer üzrə qeydiyyata alınma');
    await expect(page.getByText('2011-ci il siyahısında yoxdur')).toBeVisible();
    const facts = page.locator('.q-summary-list').first();
    await expect(facts).toContainText('33.11');
    await expect(facts).toContainText(/ER-\d{6}/);
    await expect(page.getByRole('heading', { name: 'Xidmətin göstərilməsi mərhələləri' })).toBeVisible();
    await expect(page.getByText('Hələ dərc edilməyib').first()).toBeVisible();

    await page.getByRole('link', { name: 'Müraciət et' }).click();
    await expect(page).toHaveURL(/\/services\/33\.11\/apply$/);
    await expect(page.getByRole('link', { name: 'Qəbul edən şəxs kimi qeydiyyat' })).toBeVisible();

    // A service whose online flow is not built yet says so, and leads back. (An E-müraciət
    // service's card writes a letter instead: letters.spec.)
    const opinion = /Dini ibadət yerlərinin tikintisinin/;
    await portal.open('/services/3.3', opinion);
    await page.getByRole('link', { name: 'Müraciət et' }).click();
    await portal.expectPage('Onlayn müraciət hələ açılmayıb');
    await expect(page).toHaveURL(/\/services\/3\.3\/apply$/);
    await page.getByRole('link', { name: 'Xidmətin səhifəsinə qayıt' }).click();
    await portal.expectPage(opinion);

    await portal.open('/services/4.2', /Müsabiqə və müsahibə/);
    await expect(page.getByText('İnformativ', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Müraciət et' })).toHaveCount(0);
  });
});

test('the language switch keeps the page, persists, and sets the document language', async ({ page }) => {
  const portal = new Portal(page);
  await portal.open('/services?q=cerime', 'Bütün xidmətlər');
  await portal.chooseLanguage('English');
  await expect(portal.heading).toHaveText('All services');
  await expect(page).toHaveURL(/\/services\?q=cerime$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(portal.results().first()).toContainText('Paying fines online');
  await audit(page);

  await page.reload();
  await expect(portal.heading).toHaveText('All services');

  await portal.open('/services/33.10', /fines/i);
  await expect(page.getByText('Unofficial translation')).toBeVisible();

  await portal.chooseLanguage('Русский');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { name: 'Административный регламент' })).toBeVisible();
  await audit(page);
  await portal.chooseLanguage('Azərbaycanca');
  await expect(page.locator('html')).toHaveAttribute('lang', 'az');
});

test('deep links open directly', async ({ page }) => {
  const portal = new Portal(page);
  await portal.open('/agencies/7', 'Dövlət Gömrük Komitəsi');
  await expect(portal.results()).toHaveCount(8);
  await portal.open('/agencies', 'Qurumlar');
  await portal.open('/privacy', 'Məxfilik bildirişi');
  await portal.open('/accessibility', 'Əlçatanlıq bəyanatı');
});

test.describe('addresses that lead nowhere', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('get a real 404 and a page that says so', async ({ page }) => {
    const portal = new Portal(page);
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await portal.expectPage('Səhifə tapılmadı');
    await portal.open('/services/99.1', 'Səhifə tapılmadı');
  });
});

test('the keyboard alone reaches the content and the search', async ({ page }) => {
  const portal = new Portal(page);
  await portal.open('/', 'Dövlət e-xidmətləri bir yerdə');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Əsas məzmuna keç' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(portal.searchBox()).toBeFocused();
});

test.describe('when the server fails', () => {
  test.use({ allowedConsoleErrors: [/status of 503/] });

  test('the page says so and trying again loads it', async ({ page }) => {
    const portal = new Portal(page);
    await page.route('**/api/services/33.10', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '{"errors":[]}' }),
    );
    await portal.open('/services/33.10', 'Bağışlayın, xəta baş verdi');
    await page.unroute('**/api/services/33.10');
    await page.getByRole('button', { name: 'Yenidən cəhd edin' }).click();
    await portal.expectPage('Cərimələrin internet vasitəsilə ödənilməsi');
  });
});

test('nothing needs sideways scrolling on a 320 px screen', async ({ page }) => {
  // Many pages, each with axe: past 30 s on a busy CI machine.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const portal = new Portal(page);
  for (const [path, heading] of [
    ['/', 'Dövlət e-xidmətləri bir yerdə'],
    ['/services', 'Bütün xidmətlər'],
    ['/services/33.11', 'Olduğu yer üzrə qeydiyyata alınma'],
  ] as const) {
    await portal.open(path, heading);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(320);
  }
});
