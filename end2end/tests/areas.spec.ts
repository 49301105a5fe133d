// The client is split by area, and a lazy page's area module into parts: a visitor who opens any
// page by its address downloads that area's main module and the parts of it that page needs,
// all preloaded by the page itself (no request waits for another), and a module or a part that
// fails to load leaves a page that says so and a way to try again.
import { type Browser, type Page } from '@playwright/test';
import { test, expect, audit } from './fixtures';
import { preloadedModules, moduleRequests } from './pages/modules';

/** Holds back every request for `url` until the returned function is called. */
async function holdBack(page: Page, url: string | RegExp): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => { release = resolve; });
  await page.route(url, async (route) => { await released; await route.continue(); });
  return release;
}

/** Each area, a deep link into it, and the heading a visitor (logged out) sees there. */
const DEEP_LINKS = [
  { area: 'public', path: '/', heading: 'Dövlət e-xidmətləri bir yerdə' },
  { area: 'public', path: '/services', heading: 'Bütün xidmətlər' },
  { area: 'public', path: '/services/33.11', heading: 'Olduğu yer üzrə qeydiyyata alınma' },
  { area: 'account', path: '/login', heading: 'Portala giriş' },
  { area: 'account', path: '/account/register', heading: 'Portalda qeydiyyat' },
  { area: 'place_of_stay', path: '/services/33.11/apply', heading: 'Olduğu yer üzrə qeydiyyata alınma' },
  { area: 'public', path: '/services/33.10/apply', heading: 'Cərimələrin internet vasitəsilə ödənilməsi' },
  { area: 'dev', path: '/dev/mailbox', heading: 'Poçt qutusu (yalnız sınaq üçün)' },
];

/** The app has started: it took the place of the page the server painted (its links, until
 *  then, are plain links that load a page afresh). */
async function appStarted(page: Page): Promise<void> {
  await expect(page.locator('#q-static')).toHaveCount(0);
}

/** Opens a path in a new browser context, as a visitor who has never been here would. */
async function openCold(browser: Browser, path: string): Promise<{ page: Page; modules: string[]; html: string; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale: 'az-AZ' });
  const page = await context.newPage();
  const modules = moduleRequests(page);
  await page.goto(path);
  // The page as the server sends it (read apart: a page that moves on to log in is gone by now).
  const html = await (await context.request.get(path)).text();
  return { page, modules, html, close: () => context.close() };
}

for (const { area, path, heading } of DEEP_LINKS) {
  test(`a deep link to ${path} loads only the ${area} area, preloaded by the page`, async ({ browser }) => {
    const { page, modules, html, close } = await openCold(browser, path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    const folder = `/pkg/${area}-[0-9a-f]{16}/`;
    const main = html.match(new RegExp(`<link rel="preload" href="(${folder}${area}_bg\\.wasm)" as="fetch"`))?.[1];
    expect(main, `the page preloads the ${area} module`).toBeTruthy();
    expect(html).toMatch(new RegExp(`<link rel="modulepreload" href="${folder}${area}\\.js">`));
    const preloaded = preloadedModules(html);
    expect(modules[0], 'the area\'s main module comes first').toBe(main);
    for (const module of modules) {
      expect(module, 'each module is of its area').toMatch(new RegExp(`^${folder}`));
      expect(preloaded, `${module} was preloaded, not fetched after the start`).toContain(module);
    }
    await audit(page);
    await close();
  });
}

for (const path of ['/', '/services/33.11', '/services/33.11/apply']) {
  test(`${path} shows the page the server sent until the app, drawn beside it over a few tasks, takes its place`, async ({ browser }) => {
    const context = await browser.newContext({ locale: 'az-AZ' });
    const page = await context.newPage();
    // How many main parts of the page were shown after each change to it, once it was parsed:
    // never both the static page and the app, never neither.
    await page.addInitScript(() => {
      const seen = window as unknown as { shownMains: number[] };
      seen.shownMains = [];
      new MutationObserver(() => {
        if (document.readyState === 'loading') return;
        seen.shownMains.push([...document.querySelectorAll('main')].filter((main) => main.getClientRects().length > 0).length);
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
    });
    await page.goto(path);
    await appStarted(page);
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.locator('main')).toHaveCount(1);
    const shown = await page.evaluate(() => (window as unknown as { shownMains: number[] }).shownMains);
    expect(shown.length, 'the app was drawn after the page was parsed').toBeGreaterThan(0);
    expect(new Set(shown), 'one main part shown at every moment').toEqual(new Set([1]));
    await audit(page);
    await context.close();
  });
}

test('a service\'s page paints its heading with the page, in the visitor\'s language, and the app keeps it there', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  // Whether, once the page was parsed, there was ever a moment without a heading.
  await page.addInitScript(() => {
    const seen = window as unknown as { headingGone: boolean };
    seen.headingGone = false;
    new MutationObserver(() => {
      if (document.readyState !== 'loading' && document.querySelector('h1') === null) seen.headingGone = true;
    }).observe(document, { childList: true, subtree: true });
  });
  // The public module held back: what shows is the page as the server sent it.
  const release = await holdBack(page, /\/public_bg\.wasm$/);
  await page.goto('/services/33.11');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Registration at the place of stay');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'You are here' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Home' }).first()).toBeVisible();
  const crumbs = page.getByRole('navigation', { name: 'You are here' }).getByRole('link');
  const place = () => crumbs.evaluateAll((links) => links.map((link) => JSON.stringify(link.getBoundingClientRect())));
  const painted = await heading.boundingBox();
  const paintedCrumbs = await place();
  release();
  await expect(page.getByText('List number')).toBeVisible();
  await expect(heading).toHaveCount(1);
  await expect(heading).toHaveText('Registration at the place of stay');
  expect(await heading.boundingBox(), 'the app draws the heading where the page painted it').toEqual(painted);
  expect(await place(), 'and the way back up where it was').toEqual(paintedCrumbs);
  expect(await page.evaluate(() => (window as unknown as { headingGone: boolean }).headingGone)).toBe(false);
  await audit(page);
  await context.close();
});

test('the place of stay paints a guest\'s heading and lead with the page, and the app draws its choice under them', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const release = await holdBack(page, /\/place_of_stay_bg\.wasm$/);
  await page.goto('/services/33.11/apply');
  const heading = page.getByRole('heading', { level: 1 });
  const lead = page.getByText('A hotel, sanatorium, flat owner');
  const crumbs = page.getByRole('navigation', { name: 'You are here' });
  await expect(heading).toHaveText('Registration at the place of stay');
  await expect(lead).toBeVisible();
  await expect(crumbs.getByRole('link', { name: 'Agencies' })).toBeVisible();
  const place = async () => [await crumbs.boundingBox(), await heading.boundingBox(), await lead.boundingBox()];
  const painted = await place();
  // The guest's choice comes once the app has read the service and found no session: the way
  // up it draws first stays hidden behind the painted one until then.
  const answer = await holdBack(page, '**/api/session');
  release();
  await expect(page.locator('#q-static')).toHaveCount(0);
  await expect(page.locator('#main > .q-breadcrumbs'), 'the app drew its way up').toHaveCount(1);
  await expect(crumbs).toHaveCount(1);
  expect(await place(), 'nothing moves while the page loads').toEqual(painted);
  answer();
  await expect(page.getByRole('heading', { name: 'First time?' })).toBeVisible();
  await expect(heading).toHaveCount(1);
  await expect(lead).toHaveCount(1);
  await expect(crumbs).toHaveCount(1);
  expect(await place(), 'drawn where the page painted them').toEqual(painted);
  await audit(page);
  await context.close();
});

test('a flow whose service cannot be read says so in place of what the page painted, and its retry draws the flow', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  let failing = true;
  await page.route('**/api/services/33.11', async (route) => {
    if (failing) await route.fulfill({ status: 500, body: '' });
    else await route.continue();
  });
  await page.goto('/services/33.11/apply');
  await expect(page.getByRole('heading', { level: 1, name: 'Sorry, something went wrong' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByText('A hotel, sanatorium, flat owner')).toHaveCount(0);
  await audit(page);
  failing = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'First time?' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registration at the place of stay');
  await expect(page.getByRole('navigation', { name: 'You are here' })).toHaveCount(1);
  await context.close();
});

test('a page paints by itself first: no style sheet to fetch, its module and data only after that paint', async ({ browser }) => {
  // Each with what only the app draws: the home page's agencies, the card's list number.
  for (const [path, drawn] of [['/', 'Qurumlar'], ['/services/33.11', 'Siyahı nömrəsi']]) {
    const context = await browser.newContext({ locale: 'az-AZ' });
    const page = await context.newPage();
    const sheets: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') sheets.push(request.url());
    });
    await page.goto(path);
    await expect(page.getByRole('main').getByText(drawn, { exact: true })).toBeVisible();
    const { painted, fetched } = await page.evaluate(() => ({
      painted: performance.getEntriesByType('paint').map((entry) => entry.startTime),
      fetched: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/pkg\/|\/api\//.test(entry.name))
        .map((entry) => ({ name: entry.name, start: entry.startTime })),
    }));
    expect(painted.length, `${path} reports its first paint`).toBeGreaterThan(0);
    expect(fetched.length, `${path} fetched its module`).toBeGreaterThan(0);
    for (const { name, start } of fetched) {
      expect(start, `${name} was asked for after the first paint`).toBeGreaterThanOrEqual(Math.min(...painted));
    }
    expect(sheets, 'the style is in the page').toEqual([]);
    await audit(page);
    await context.close();
  }
});

test('the office and the cabinet each open cold in their own area', async ({ browser }) => {
  for (const [path, area] of [['/office', 'office'], ['/cabinet', 'cabinet']]) {
    const { page, modules, close } = await openCold(browser, path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(modules[0]).toMatch(new RegExp(`^/pkg/${area}-[0-9a-f]{16}/${area}_bg\\.wasm$`));
    expect(modules.length, 'the page loads its own parts of the module').toBeGreaterThan(1);
    await audit(page);
    await close();
  }
});

test('moving to another area is a full load of that area, and the way back returns', async ({ page }) => {
  await page.goto('/services/33.11');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Olduğu yer üzrə qeydiyyata alınma');
  const loaded = moduleRequests(page);
  await page.getByRole('link', { name: 'Müraciət et' }).first().click();
  await expect(page).toHaveURL(/\/services\/33\.11\/apply$/);
  await expect(page.getByRole('link', { name: 'Qəbul edən şəxs kimi qeydiyyat' })).toBeVisible();
  expect(loaded.some((name) => name.startsWith('/pkg/place_of_stay-'))).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL(/\/services\/33\.11$/);
  await expect(page.getByRole('link', { name: 'Müraciət et' }).first()).toBeVisible();
});

test('paying a fine opens from its card within the public module: only its part, no page load', async ({ page }) => {
  await page.goto('/services/33.10');
  // The heading is painted by the server before the app starts: counting begins once the app
  // has taken the painted page's place, so the area's own module is not counted as a part.
  await appStarted(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cərimələrin internet vasitəsilə ödənilməsi');
  await page.evaluate(() => { (window as unknown as { kept: boolean }).kept = true; });
  const loaded = moduleRequests(page);
  await page.getByRole('link', { name: 'Müraciət et' }).first().click();
  await expect(page).toHaveURL(/\/services\/33\.10\/apply$/);
  await expect(page.getByLabel('Ödəniş nömrəsi')).toBeVisible();
  expect(loaded.length, 'the flow\'s part of the module').toBeGreaterThan(0);
  expect(loaded.every((name) => /^\/pkg\/public-[0-9a-f]{16}\/(split|chunk|pack)_\w+\.(wasm|bin)$/.test(name))).toBe(true);
  const kept = await page.evaluate(() => (window as unknown as { kept?: boolean }).kept);
  expect(kept, 'the page was not loaded afresh').toBe(true);
  await audit(page);
});

test('a page within an area loads only its own part of the module, once', async ({ page }) => {
  await page.goto('/');
  await appStarted(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dövlət e-xidmətləri bir yerdə');
  const loaded = moduleRequests(page);
  await page.getByRole('navigation', { name: 'Əsas menyu' }).getByRole('link', { name: 'Bütün xidmətlər' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bütün xidmətlər');
  expect(loaded, 'the catalogue\'s part and its chunks, none loaded yet, come as one pack').toEqual([
    expect.stringMatching(/^\/pkg\/public-[0-9a-f]{16}\/pack_services\.bin$/),
  ]);
  await page.getByRole('navigation', { name: 'Əsas menyu' }).getByRole('link', { name: 'Ana səhifə' }).click();
  await page.getByRole('navigation', { name: 'Əsas menyu' }).getByRole('link', { name: 'Bütün xidmətlər' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bütün xidmətlər');
  expect(loaded.length, 'a part is loaded once').toBe(1);
  await audit(page);

  // The card's part shares chunks with the catalogue's, already here, and lacks 39 files of
  // its 56: its pack, which brings the shared ones again, weighs less as served (37 KiB
  // against 47), so it comes as the pack, one request.
  await page.getByRole('searchbox', { name: 'Xidmət axtarın' }).fill('olduqu yer');
  await page.locator('.q-service-list__item').getByRole('link', { name: 'Olduğu yer üzrə qeydiyyata alınma' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Olduğu yer üzrə qeydiyyata alınma');
  expect(loaded.slice(1)).toEqual([expect.stringMatching(/^\/pkg\/public-[0-9a-f]{16}\/pack_service\.bin$/)]);
});

test.describe('a module that fails to load', () => {
  test.use({ allowedConsoleErrors: [/the client could not be loaded|net::ERR_FAILED|Failed to load resource|Failed to fetch/] });

  test('shows the error page, and "Yenidən cəhd edin" loads the page once the network is back', async ({ page }) => {
    await page.route('**/pkg/**/*.wasm', (route) => route.abort('failed'));
    await page.goto('/services');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bağışlayın, xəta baş verdi');
    await expect(page.getByText('Səhifəni yükləmək alınmadı')).toBeVisible();
    await audit(page);

    await page.unroute('**/pkg/**/*.wasm');
    await page.getByRole('button', { name: 'Yenidən cəhd edin' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bütün xidmətlər');
    await expect(page.getByRole('button', { name: 'Yenidən cəhd edin' })).toBeHidden();
  });

  test('a part of the module that fails to load shows the error page, and "Yenidən cəhd edin" asks for it again in place', async ({ page }) => {
    await page.goto('/');
    await appStarted(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dövlət e-xidmətləri bir yerdə');
    await page.route('**/pkg/*/{split_*.wasm,pack_*.bin}', (route) => route.abort('failed'));
    await page.getByRole('navigation', { name: 'Əsas menyu' }).getByRole('link', { name: 'Bütün xidmətlər' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bağışlayın, xəta baş verdi');
    await expect(page.getByText('Məlumatı yükləmək alınmadı')).toBeVisible();
    await audit(page);

    await page.unroute('**/pkg/*/{split_*.wasm,pack_*.bin}');
    await page.evaluate(() => { (window as unknown as { kept: boolean }).kept = true; });
    await page.getByRole('button', { name: 'Yenidən cəhd edin' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bütün xidmətlər');
    const kept = await page.evaluate(() => (window as unknown as { kept?: boolean }).kept);
    expect(kept, 'the page was not loaded afresh').toBe(true);
  });
});
