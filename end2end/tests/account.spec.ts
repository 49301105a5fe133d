// A foreigner makes an account as seed 002 describes: the form with the picture captcha, the
// confirmation link, the password link, then logging in with e-mail and password.
import type { Page } from '@playwright/test';
import { test, expect, audit } from './fixtures';
import { linkFromMail } from './pages/mailbox';
import { Portal } from './pages/catalogue';

/** The answer of the captcha the page is showing, through the development-only door. */
async function captchaAnswer(page: Page, challenge: Promise<import('@playwright/test').Response>): Promise<string> {
  const { id } = await (await challenge).json();
  const reveal = await page.request.get(`/api/dev/captcha/${id}`);
  return (await reveal.json()).answer;
}

test.describe('making an account', () => {
  // The wrong captcha and the short password are refused by the server on purpose.
  test.use({ allowedConsoleErrors: [/status of (401|422)/] });
  // Two e-mails over SMTP, a wrong captcha and a wrong password: near 30 s on a cold CI machine.
  test.setTimeout(60_000);

  test('register, confirm by e-mail, set a password and log in', async ({ page }) => {
    const portal = new Portal(page);
    const email = `anna.${Date.now()}@example.de`;

    const firstPicture = page.waitForResponse('**/api/captcha');
    await portal.open('/account/register', 'Portalda qeydiyyat');
    const answer = await captchaAnswer(page, firstPicture);

    await page.getByRole('button', { name: 'Təsdiqlə' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Problem var' });
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Xəta:/);
    await expect(summary.getByRole('link', { name: 'Bu sahəni doldurun' })).toHaveCount(4);
    await audit(page);

    await page.getByLabel('E-poçt ünvanı').fill(email);
    await page.getByLabel('Soyad').fill('Schneider');
    await page.getByLabel('Ad', { exact: true }).fill('Anna');
    await page.getByLabel('Şəkildəki sözü daxil edin').fill('WRONG');
    const secondPicture = page.waitForResponse('**/api/captcha');
    await page.getByRole('button', { name: 'Təsdiqlə' }).click();
    await expect(summary).toContainText('Şəkildəki söz düz yazılmayıb');
    await expect(page.getByLabel('E-poçt ünvanı')).toHaveValue(email);
    const secondAnswer = await captchaAnswer(page, secondPicture);
    expect(secondAnswer).not.toBe('');
    expect(answer).not.toBe('');

    await page.getByLabel('Şəkildəki sözü daxil edin').fill(secondAnswer.toLowerCase());
    await page.getByRole('button', { name: 'Təsdiqlə' }).click();
    await expect(page.getByRole('heading', { name: 'E-poçtunuzu yoxlayın' })).toBeVisible();
    await audit(page);

    // The link, as it arrived over SMTP, followed as the citizen would from their e-mail.
    await page.goto(await linkFromMail(page.request, email, /təsdiqləyin/));
    await expect(page.getByRole('heading', { name: 'E-poçt ünvanınız təsdiqləndi' })).toBeVisible();
    await audit(page);

    await page.goto(await linkFromMail(page.request, email, /şifrənizi/));
    await portal.expectPage('Şifrə təyin edin');
    await page.getByLabel('Şifrə', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Şifrəni saxla' }).click();
    await expect(summary).toContainText('ən azı 10 simvol');
    await page.getByLabel('Şifrə', { exact: true }).fill('uzun və gizli ifadə 2026');
    await page.getByRole('button', { name: 'Şifrəni saxla' }).click();
    await expect(page.getByRole('heading', { name: 'Şifrəniz təyin edildi' })).toBeVisible();

    await page.getByRole('link', { name: 'Daxil ol' }).click();
    await portal.expectPage('Portala giriş');
    await page.getByLabel('E-poçt ünvanı').fill(email);
    await page.getByLabel('Şifrə', { exact: true }).fill('wrong password 1');
    await page.getByRole('button', { name: 'Daxil ol' }).click();
    await expect(summary).toContainText('E-poçt ünvanı və ya şifrə səhvdir');
    await page.getByLabel('Şifrə', { exact: true }).fill('uzun və gizli ifadə 2026');
    await page.getByRole('button', { name: 'Daxil ol' }).click();
    await portal.expectPage('Şəxsi pəncərə');
    await expect(page.getByText('Schneider')).toBeVisible();
    await expect(page.getByText('FİN kod göstərilməyib')).toBeVisible();
    // Only a host registers foreigners' stays: a person who is none is not offered it.
    await expect(page.getByRole('link', { name: 'Bütün müraciətlərinizə baxın' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Olduğu yer üzrə qeydiyyata alınma' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Çıxış' }).click();
    await portal.expectPage('Dövlət e-xidmətləri bir yerdə');
  });

  test('someone who cannot read the picture lets the browser do the check', async ({ page }) => {
    const portal = new Portal(page);
    await portal.open('/account/register', 'Portalda qeydiyyat');
    await page.getByLabel('E-poçt ünvanı').fill(`marco.${Date.now()}@example.it`);
    await page.getByLabel('Soyad').fill('Rossi');
    await page.getByLabel('Ad', { exact: true }).fill('Marco');
    await page.getByRole('button', { name: 'Şəkli oxuya bilmirsiniz?' }).click();
    await expect(page.getByText('Yoxlama tamamlandı')).toBeVisible({ timeout: 30_000 });
    await audit(page, { label: 'after the browser check' });
    await page.getByRole('button', { name: 'Təsdiqlə' }).click();
    await expect(page.getByRole('heading', { name: 'E-poçtunuzu yoxlayın' })).toBeVisible();
  });

  test('a used or forged link says so and offers a new start', async ({ page }) => {
    const portal = new Portal(page);
    await portal.open('/account/confirm?token=forged', 'Keçid işləmir');
    await expect(page.getByRole('link', { name: 'Yenidən qeydiyyatdan keçin' })).toBeVisible();
  });
});

test('forgot password asks only for the address and answers the same for any', async ({ page }) => {
  const portal = new Portal(page);
  await portal.open('/login', 'Portala giriş');
  await page.getByRole('link', { name: 'Şifrənizi unutmusunuz?' }).click();
  await portal.expectPage('Şifrənin bərpası');
  await page.getByLabel('E-poçt ünvanı').fill('nobody@example.com');
  await page.getByRole('button', { name: 'Keçidi göndər' }).click();
  await expect(page.getByRole('heading', { name: 'E-poçtunuzu yoxlayın' })).toBeVisible();
  await audit(page);
});

test.describe('the cabinet without a login', () => {
  test.use({ allowedConsoleErrors: [/status of 401/] });

  test('leads to the login page', async ({ page }) => {
    const portal = new Portal(page);
    await page.goto('/cabinet');
    await portal.expectPage('Portala giriş');
    await expect(page).toHaveURL(/\/login$/);
  });
});
