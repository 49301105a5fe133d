// The cabinet's settings as a person who came in with Asan İmza uses them: notifications, adding
// an e-mail address by its link, the data file, and asking for the account to be deleted.
import { test, expect, audit } from './fixtures';
import { Portal } from './pages/catalogue';
import { codeFromSms, linkFromMail } from './pages/mailbox';
import { confirmWithPin1, startAsanImza } from './pages/asan';

/** Asan İmza holders of server/data/asan_imza.json that no other test uses, one per project. */
const HOLDERS = {
  desktop: { phone: '051 555 66 77', userId: '100005', pin1: '5555' },
  phone: { phone: '077 666 77 88', userId: '100006', pin1: '6666' },
};

test('settings: notifications, a new e-mail address, the data file and deletion', async ({ page, context }, testInfo) => {
  // The whole of the settings page in one journey: longer than the suite's default.
  test.setTimeout(90_000);
  const holder = HOLDERS[testInfo.project.name as keyof typeof HOLDERS];
  const portal = new Portal(page);
  await confirmWithPin1(context, await startAsanImza(page, holder), holder);
  await portal.expectPage('Şəxsi pəncərə');

  await page.getByRole('link', { name: 'Tənzimləmələr' }).click();
  await portal.expectPage('Tənzimləmələr');
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('checkbox', { name: 'SMS ilə' }).check();
  await page.getByRole('button', { name: 'Yadda saxla' }).click();
  await expect(page.getByText('Yadda saxlanıldı.')).toBeVisible();

  await page.getByRole('button', { name: 'Təsdiq keçidi göndər' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Problem var' })).toBeFocused();
  const address = `holder.${testInfo.project.name}.${Date.now()}@example.az`;
  await page.getByLabel('Yeni e-poçt ünvanı').fill(address);
  await page.getByRole('button', { name: 'Təsdiq keçidi göndər' }).click();
  await expect(page.getByText(`${address} ünvanına keçid göndərdik`)).toBeVisible();
  await audit(page, { label: 'settings after sending the link' });

  const mobile = testInfo.project.name === 'desktop' ? '050 700 00 01' : '050 700 00 02';
  await page.getByLabel('Mobil nömrə').fill(mobile);
  await page.getByRole('button', { name: 'Kod göndər' }).click();
  await page.getByLabel('SMS-dəki kod').fill(await codeFromSms(page.request, `+994${mobile.replaceAll(' ', '').slice(1)}`));
  await page.getByRole('button', { name: 'Təsdiqlə' }).click();
  await expect(page.getByText(`+994 ${mobile.slice(1)}`)).toBeVisible();

  await page.goto(await linkFromMail(page.request, address, /confirm|təsdiqləyin/i));
  await expect(page.getByRole('heading', { name: 'E-poçt ünvanınız təsdiqləndi' })).toBeVisible();
  await audit(page, { label: 'new address confirmed' });

  await portal.open('/cabinet/settings', 'Tənzimləmələr');
  await expect(page.getByText(address)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Məlumatlarımı yüklə (JSON)' }).click();
  expect((await download).suggestedFilename()).toBe('qapi-my-data.json');

  await page.getByRole('button', { name: 'Hesabın silinməsini istəyirəm' }).click();
  await expect(page.getByText('Əminsiniz?')).toBeVisible();
  await audit(page, { label: 'asking before deletion' });
  await page.getByRole('button', { name: 'Bəli, hesabımı silin' }).click();
  await portal.expectPage('Dövlət e-xidmətləri bir yerdə');
});
