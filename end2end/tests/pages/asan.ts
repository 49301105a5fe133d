// Asan İmza through the development simulator: the portal's form, then the "phone" page.
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { Portal } from './catalogue';

export interface Holder {
  phone: string;
  userId: string;
  pin1: string;
}

/** Fills the Asan İmza form on the login page and sends it; the verification code shown. */
export async function startAsanImza(page: Page, holder: Holder): Promise<string> {
  await new Portal(page).open('/login', 'Portala giriş');
  await page.getByRole('radio', { name: 'Asan İmza' }).check();
  await page.getByLabel('Mobil telefon nömrəsi').fill(holder.phone);
  await page.getByLabel('İstifadəçi ID').fill(holder.userId);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  return (await page.getByTestId('verification-code').textContent())?.trim() ?? '';
}

/** The portal's signing step: the holder's number and ID, then "İmzala və göndər"; the
 *  verification code the page shows while the phone waits for PIN2. */
export async function askToSign(page: Page, holder: { phone: string; userId: string }): Promise<string> {
  await page.getByLabel('Mobil telefon nömrəsi').fill(holder.phone);
  await page.getByLabel('İstifadəçi ID').fill(holder.userId);
  await page.getByRole('button', { name: 'İmzala və göndər' }).click();
  const code = (await page.getByTestId('verification-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^\d{4}$/);
  return code;
}

/** Opens the simulated phone and answers the request with this code by `answer`. */
export async function onThePhone(
  context: BrowserContext,
  code: string,
  answer: (request: Locator) => Promise<void>,
): Promise<void> {
  const phone = await context.newPage();
  await new Portal(phone).open('/dev/asan-imza', 'Asan İmza telefonu (simulyator)');
  const request = phone.getByRole('article').filter({ hasText: code });
  await expect(request).toBeVisible();
  await answer(request);
  // Answered, the request leaves the phone (other tests' may still wait there).
  await expect(request).toHaveCount(0);
  await phone.close();
}

/** Confirms with PIN1 on the phone. */
export async function confirmWithPin1(context: BrowserContext, code: string, holder: Holder): Promise<void> {
  await onThePhone(context, code, async (request) => {
    await request.getByLabel('PIN1').fill(holder.pin1);
    await request.getByRole('button', { name: 'Təsdiqlə' }).click();
  });
}

/** Signs on the phone with PIN2: the request shows what is signed. */
export async function signWithPin2(context: BrowserContext, code: string, pin2: string, signed: string): Promise<void> {
  await onThePhone(context, code, async (request) => {
    await expect(request.getByRole('heading', { name: /imza sorğusu/ })).toBeVisible();
    await expect(request).toContainText(signed);
    await request.getByLabel('PIN2').fill(pin2);
    await request.getByRole('button', { name: 'Təsdiqlə' }).click();
  });
}
