// Logging in through the state's identity systems, played by the development simulators:
// Asan İmza as seed 004 describes it, on two pages (the portal and the "phone"), and E-Gov
// identity through its page; then the cabinet's history and the idle-session warning.
import { test, expect, audit } from './fixtures';
import { Portal } from './pages/catalogue';
import { confirmWithPin1, onThePhone, startAsanImza } from './pages/asan';

/** Demo holders of server/data/asan_imza.json. Tests that end sessions each have their own,
 *  per project, as the desktop and phone runs go in parallel against one server. */
const HOLDER = { phone: '050 211 22 33', userId: '100001', pin1: '1111', surname: 'Nəsirov', fin: 'F00MBEG' };
const HOLDERS = {
  desktop: HOLDER,
  phone: { phone: '055 222 33 44', userId: '100002', pin1: '2222', surname: 'Həsənova', fin: 'CDTD6RN' },
};
const IDLE_HOLDERS = {
  desktop: { phone: '070 333 44 55', userId: '100003', pin1: '3333' },
  phone: { phone: '099 444 55 66', userId: '100004', pin1: '4444' },
};
type Project = keyof typeof HOLDERS;

test.describe('logging in with Asan İmza', () => {
  // A wrong PIN1 and a refused login are answered with errors on purpose.
  test.use({ allowedConsoleErrors: [/status of (409|422)/] });

  test('the portal shows the code, the phone confirms with PIN1, the cabinet opens', async ({ page, context }, testInfo) => {
    const holder = HOLDERS[testInfo.project.name as Project];
    const portal = new Portal(page);
    await portal.open('/login', 'Portala giriş');
    await page.getByRole('radio', { name: 'Asan İmza' }).check();
    await expect(page.getByText('Simulyator: yalnız sınaq üçün').first()).toBeVisible();

    await page.getByRole('button', { name: 'Daxil ol' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Problem var' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Bu sahəni doldurun' })).toHaveCount(2);
    await audit(page, { label: 'empty Asan İmza form' });

    await page.getByLabel('Mobil telefon nömrəsi').fill(holder.phone);
    await page.getByLabel('İstifadəçi ID').fill(holder.userId);
    await page.getByRole('button', { name: 'Daxil ol' }).click();
    const waiting = page.getByRole('heading', { name: 'Telefonunuzda təsdiqləyin' });
    await expect(waiting).toBeFocused();
    const code = (await page.getByTestId('verification-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^\d{4}$/);
    await audit(page, { label: 'waiting for the phone' });

    await onThePhone(context, code, async (request) => {
      await request.getByLabel('PIN1').fill('0000');
      await request.getByRole('button', { name: 'Təsdiqlə' }).click();
      await expect(request.getByText('PIN1 səhvdir').first()).toBeVisible();
      await audit(request.page(), { label: 'the phone after a wrong PIN1' });
      await request.getByLabel('PIN1').fill(holder.pin1);
      await request.getByRole('button', { name: 'Təsdiqlə' }).click();
    });

    await portal.expectPage('Şəxsi pəncərə');
    await expect(page.getByText(holder.surname)).toBeVisible();
    await expect(page.getByText(holder.fin)).toBeVisible();
    await expect(page.getByText('E-poçt göstərilməyib')).toBeVisible();
    // Newest first: the login just made heads the history.
    await expect(page.getByRole('table', { name: 'Girişlər' }).getByRole('row').nth(1)).toContainText('Asan İmza');
    await audit(page, { label: 'cabinet after Asan İmza' });

    await page.getByRole('button', { name: 'Bütün cihazlardan çıx' }).click();
    await portal.expectPage('Dövlət e-xidmətləri bir yerdə');
  });

  test('a refusal on the phone is told on the portal', async ({ page, context }) => {
    const code = await startAsanImza(page, HOLDER);
    await onThePhone(context, code, (request) => request.getByRole('button', { name: 'İmtina et' }).click());

    await expect(page.getByRole('alert').filter({ hasText: 'Giriş telefonda rədd edildi' })).toBeVisible();
    await expect(page.getByLabel('Mobil telefon nömrəsi')).toHaveValue(HOLDER.phone);
  });
});

test.describe('logging in with E-Gov identity', () => {
  test('goes to the identity page and comes back logged in', async ({ page }) => {
    const portal = new Portal(page);
    await portal.open('/login', 'Portala giriş');
    await page.getByRole('radio', { name: 'E-Gov identity' }).check();
    await page.getByRole('button', { name: 'E-Gov identity ilə davam et' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('kim kimi daxil olursunuz?');
    await audit(page, { label: 'the E-Gov simulator' });
    await page.getByRole('radio', { name: /Yılmaz Mehmet/ }).check();
    await page.getByRole('button', { name: 'Təsdiqlə' }).click();
    await portal.expectPage('Şəxsi pəncərə');
    await expect(page.getByText('Yılmaz')).toBeVisible();
  });
});

test('every means has a page on how to get it', async ({ page }) => {
  const portal = new Portal(page);
  await portal.open('/login', 'Portala giriş');
  await page.getByRole('radio', { name: 'Asan İmza' }).locator('..').getByRole('link', { name: 'Necə əldə etməli?' }).click();
  await portal.expectPage('Asan İmza: necə əldə etməli?');
  await expect(page.getByText('PIN1 və PIN2')).toBeVisible();
  await audit(page);
  await page.getByRole('link', { name: 'Girişə qayıt' }).click();
  await portal.expectPage('Portala giriş');
});

test('an idle session warns before it ends, and staying keeps it', async ({ page, context }, testInfo) => {
  const holder = IDLE_HOLDERS[testInfo.project.name as Project];
  await page.clock.install();
  const portal = new Portal(page);
  await confirmWithPin1(context, await startAsanImza(page, holder), holder);
  await page.clock.runFor(2500);
  await portal.expectPage('Şəxsi pəncərə');

  await page.clock.fastForward('28:30');
  const warning = page.getByRole('dialog', { name: 'Sessiyanız bitmək üzrədir' });
  await expect(warning).toBeVisible();
  await audit(page, { label: 'the session warning' });
  await warning.getByRole('button', { name: 'Davam et' }).click();
  await expect(warning).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Şəxsi pəncərə' })).toBeVisible();

  await page.clock.fastForward('31:00');
  await portal.expectPage('Portala giriş');
  await expect(page.getByText('Sessiyanız hərəkətsizlik səbəbindən bitdi')).toBeVisible();
});
