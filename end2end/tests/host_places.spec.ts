// A host's addresses (seed 002, "Seçilmiş ünvan"): the agency's officer reads the host's address
// beside their registration and refuses it with a reason in a second step; the host, told why,
// sends two more from the service's page, which the officer confirms; the host sees each with
// its standing, and an application asks which confirmed address the guest stays at; the host
// takes one off the list, and the next application is at the one left.
import { expect as expectPlain, type Page } from '@playwright/test';
import { test, expect, audit, scanFile } from './fixtures';
import { APPLICATION_PARTS, moduleRequests, partsIn, preloadedModules } from './pages/modules';
import { desk, logInAsOfficer, migrationOfficer, registerHost, verifyHost } from './pages/office';

const PASSWORD = 'unvanlar-ve-qonaqlar-2026';
const REASON = 'Şəxsiyyət vəsiqəsindəki ünvanla uyğun gəlmir';

/** Sends an address from the form, opening it first unless it is open. */
async function addPlace(page: Page, street: string): Promise<void> {
  const opener = page.getByRole('button', { name: 'Yeni ünvan əlavə edin' });
  if ((await opener.getAttribute('aria-expanded')) !== 'true') await opener.click();
  // Each new address starts from an empty form.
  await expect(page.getByLabel('Küçə / prospekt')).toHaveValue('');
  await page.getByLabel('Şəhər / rayon').selectOption('baki');
  await page.getByLabel('Küçə / prospekt').fill(street);
  await page.getByLabel('Bina').fill('7');
  await page.getByRole('button', { name: 'Ünvanı yoxlanışa göndər' }).click();
  await expect(page.getByText('Ünvan yoxlanışa göndərildi')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: street })).toContainText('Yoxlanılır');
}

/** A draft whose guest and passport are filled through the API, as the first two steps
 *  would keep them; its number. */
async function draftWithGuest(page: Page): Promise<string> {
  const { csrf_token: csrf } = await (await page.request.get('/api/session')).json();
  const headers = { 'x-csrf-token': csrf };
  const scan = await (await page.request.post('/api/files?name=pasport.pdf', { headers, data: scanFile('scan.pdf') })).json();
  const view = await (await page.request.post('/api/applications', { headers, data: { service: '33.11' } })).json();
  const saved = await page.request.put(`/api/applications/${view.number}`, {
    headers,
    data: {
      version: view.version,
      form: {
        document_type: 'passport', passport_number: 'P9876543', issuing_country: 'GE', issue_date: '2020-02-10',
        expiry_date: '2030-02-09', scan: [scan], surname: 'Beridze', name: 'Nino', citizenship: 'GE',
        birth_country: 'GE', birth_date: '1992-04-11', gender: 'female', arrived_from: 'GE',
        entry_date: new Date().toISOString().slice(0, 10), stay_days: '7',
      },
    },
  });
  expectPlain(saved.status()).toBe(200);
  return view.number;
}

test.describe("a host's addresses", () => {
  // The officer's authenticator code works once; a login may wait for the next one.
  test.setTimeout(240_000);
  // A refusal without its reason, a step without its address, and the addresses failing to
  // load once on purpose, are answered with errors.
  test.use({ allowedConsoleErrors: [/status of (422|503)/] });

  test('the officer refuses the address with a reason, the host adds two, the officer confirms them, and the application chooses', async ({ page, browser }, info) => {
    const email = `unvan.${info.project.name}.${Date.now()}@example.az`;
    const officerEmail = migrationOfficer(info.project.name);
    await registerHost(page.request, email, PASSWORD);
    // One login of the officer for the whole test: an authenticator code is accepted once, and
    // the other project's tests log in too.
    const officer = await desk(browser, info);
    await logInAsOfficer(officer, officerEmail);
    const { csrf_token: csrf } = await (await officer.request.get('/api/session')).json();

    await page.goto('/login');
    await page.getByLabel('E-poçt ünvanı').fill(email);
    await page.getByLabel('Şifrə', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Daxil ol' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Şəxsi pəncərə' })).toBeVisible();
    await page.goto('/services/33.11/apply');
    await expect(page.getByRole('heading', { level: 2, name: 'Qəbul ünvanlarım' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Nizami küçəsi' })).toContainText('Yoxlanılır');
    await expect(page.getByText('Ünvanınız agentliyin əməkdaşı tərəfindən yoxlanılır')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Yeni müraciət' })).toHaveCount(0);

    // The officer reads the address beside the host's document, and refuses it in a second step.
    await officer.getByRole('link', { name: 'Ünvanı təsdiq gözləyən qəbul edənlər' }).first().click();
    // Both projects' hosts wait at once: each finds its own by its e-mail address.
    const hostsRows = officer.getByRole('row').filter({ hasText: email });
    const refusedRow = hostsRows.filter({ hasText: 'Nizami küçəsi' });
    await expect(refusedRow).toContainText('Aygün');
    await audit(officer, { label: 'addresses to check' });
    await refusedRow.getByRole('link', { name: /Yoxla/ }).click();
    await expect(officer.getByRole('heading', { level: 1, name: 'Qəbul edənin ünvanının yoxlanılması' })).toBeVisible();
    await expect(officer.getByText('AA7654321')).toBeVisible();
    await expect(officer.getByText('Bakı, Nizami küçəsi', { exact: true })).toBeVisible();
    await officer.getByLabel('Ünvanı rədd et').check();
    await officer.getByRole('button', { name: 'Qərarı göndər' }).click();
    await expect(officer.getByRole('alert').getByRole('link', { name: 'Bu sahəni doldurun' })).toHaveAttribute('href', '#reason');
    await audit(officer, { label: 'a refusal without its reason' });
    await officer.getByLabel('İmtinanın səbəbi').fill(REASON);
    await officer.getByRole('button', { name: 'Qərarı göndər' }).click();
    await expect(officer.getByText('Bu ünvan barədə qərar verilib.')).toBeVisible();
    await expect(officer.getByText(REASON)).toBeVisible();

    // Every address refused: the host is told why and that a new one is the way on.
    await page.reload();
    const refused = page.getByRole('listitem').filter({ hasText: 'Nizami küçəsi' });
    await expect(refused).toContainText('Ünvan təsdiqlənməyib');
    await expect(refused).toContainText(REASON);
    await expect(page.getByText('Agentlik ünvanınızı təsdiqləməyib')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Yeni müraciət' })).toHaveCount(0);
    await audit(page, { label: 'the only address refused' });

    // A new address is checked by the same rules as the server's before it is sent.
    await page.getByRole('button', { name: 'Yeni ünvan əlavə edin' }).click();
    await page.getByRole('button', { name: 'Ünvanı yoxlanışa göndər' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: 'Bu sahəni doldurun' })).toHaveAttribute('href', '#region');
    await expect(page.getByLabel('Şəhər / rayon')).toHaveAttribute('aria-invalid', 'true');
    await audit(page, { label: 'a new address with its problem' });
    await addPlace(page, 'Şərifzadə küçəsi');
    await addPlace(page, 'Bakıxanov küçəsi');
    await audit(page, { label: 'addresses waiting' });

    await officer.getByRole('link', { name: 'Ünvanı təsdiq gözləyən qəbul edənlər' }).last().click();
    await expect(hostsRows.filter({ hasText: 'Nizami küçəsi' })).toHaveCount(0);
    await hostsRows.filter({ hasText: 'Şərifzadə küçəsi' }).getByRole('link', { name: /Yoxla/ }).click();
    await officer.getByLabel('Ünvanı təsdiqlə').check();
    await officer.getByRole('button', { name: 'Qərarı göndər' }).click();
    await expect(officer.getByText('Bu ünvan barədə qərar verilib.')).toBeVisible();
    await verifyHost({ api: officer.request, csrf }, email);

    await page.reload();
    await expect(page.getByRole('listitem').filter({ hasText: 'Şərifzadə küçəsi' })).toContainText('Ünvan təsdiqlənib');
    await expect(page.getByRole('listitem').filter({ hasText: 'Bakıxanov küçəsi' })).toContainText('Ünvan təsdiqlənib');
    await expect(page.getByRole('button', { name: 'Yeni müraciət' })).toBeVisible();
    await audit(page, { label: 'one address refused, two confirmed' });

    // Two confirmed addresses: the visit step asks which, and the review shows it. The first
    // time the addresses do not load: the step says so where the choice goes, and loads them
    // again on asking.
    const number = await draftWithGuest(page);
    await page.route('**/api/hosts/me', (route) => route.fulfill({ status: 503, json: { errors: [] } }));
    const modules = moduleRequests(page);
    await page.goto(`/applications/${number}`);
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    // The application's page brought the place of stay's form and no other service's.
    expect(partsIn(modules).filter((part) => APPLICATION_PARTS.includes(part))).toEqual(['place_of_stay_application']);
    const html = await (await page.request.get(`/applications/${number}`)).text();
    expect(partsIn(preloadedModules(html)), 'the page preloads it').toEqual(['place_of_stay_application']);
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Müraciət məlumatları' })).toBeVisible();
    await expect(page.getByText('Qəbul ünvanlarınızı yükləmək alınmadı')).toBeVisible();
    await audit(page, { label: 'the addresses did not load' });
    await page.unroute('**/api/hosts/me');
    await page.getByRole('button', { name: 'Yenidən cəhd edin' }).click();
    const place = page.getByLabel('Olduğu yerin ünvanı');
    await expect(place).toContainText('Bakı, Şərifzadə küçəsi, 7');
    await expect(place).toContainText('Bakı, Bakıxanov küçəsi, 7');
    await expect(place).not.toContainText('Nizami');
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: /Bu sahəni doldurun/ })).toHaveAttribute('href', '#host_address');
    await audit(page, { label: 'the visit step without its address' });
    await place.selectOption({ label: 'Bakı, Bakıxanov küçəsi, 7' });
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Yoxlayın və təsdiqləyin' })).toBeVisible();
    const row = page.locator('.q-summary-list__row').filter({ hasText: 'Olduğu yerin ünvanı' });
    await expect(row).toContainText('Bakı, Bakıxanov küçəsi, 7');

    // The host takes an address off the list, asked once more first; the next application is
    // at the one left.
    await page.goto('/services/33.11/apply');
    await page.getByRole('button', { name: 'Siyahıdan çıxar Bakı, Şərifzadə küçəsi, 7' }).click();
    await expect(page.getByText('Bu ünvan siyahıdan çıxarılsın?')).toBeVisible();
    await audit(page, { label: 'removing an address' });
    await page.getByRole('button', { name: 'Bəli, siyahıdan çıxar' }).click();
    await expect(page.getByText('Ünvan siyahıdan çıxarıldı.')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Şərifzadə küçəsi' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('listitem').filter({ hasText: 'Bakıxanov küçəsi' })).toContainText('Ünvan təsdiqlənib');
    await expect(page.getByRole('listitem').filter({ hasText: 'Şərifzadə küçəsi' })).toHaveCount(0);
    const next = await draftWithGuest(page);
    await page.goto(`/applications/${next}`);
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await expect(page.locator('.q-summary-list__row').filter({ hasText: 'Olduğu yerin ünvanı' })).toContainText('Bakı, Bakıxanov küçəsi, 7');
  });
});
