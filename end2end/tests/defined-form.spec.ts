// A service whose form the agency defined as data (issue 16): the demo form of 33.1 (extending
// a temporary stay). A citizen finds the service, logs in through E-Gov identity from its start
// page and comes back to it, starts, meets one problem and fixes it, fills every page (a scan
// uploaded), checks the answers and sends them; the migration service's officer reads every
// answer and returns one field, the citizen fixes it and sends again, the officer accepts, and
// the result verifies.
import { test, expect, audit, scanFile, sendUnsigned } from './fixtures';
import { Portal } from './pages/catalogue';
import { APPLICATION_PARTS, moduleRequests, partsIn, preloadedModules } from './pages/modules';
import { desk, logInAsOfficer, migrationOfficer, sendDecision, leaveDesk } from './pages/office';

const TITLE = 'Azərbaycan Respublikasında müvəqqəti olma müddətinin uzadılması üçün e-müraciət';
/** A demo person of the E-Gov simulator each project logs in as (the two run at once). */
const PEOPLE = { desktop: /Smith John/, phone: /Kim Ji-woo/ };
const PASSPORT_PDF = scanFile('scan.pdf');

/** Yesterday in Baku, as day, month and year. */
function yesterday(): { day: string; month: string; year: string; shown: string } {
  const date = new Date(Date.now() + 4 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
  const [year, month, day] = date.split('-');
  return { day, month, year, shown: `${day}.${month}.${year}` };
}

test.describe('a form defined as data', () => {
  test.setTimeout(240_000);
  // The start page asks who is logged in before anyone is; a service without a published form
  // answers its form's address with 404; the first "Davam et" is refused on purpose.
  test.use({ allowedConsoleErrors: [/status of (401|404|422)/] });

  test('a citizen applies on 33.1, the officer returns one field, the citizen fixes it, the officer accepts, the result verifies', async ({ page, browser }, info) => {
    const portal = new Portal(page);
    const problems = page.getByRole('alert').filter({ hasText: 'Problem var' });
    const passport = `C${Date.now().toString().slice(-8)}`;
    const entry = yesterday();

    // Found in the catalogue; its start page says what is needed and asks to log in first.
    await portal.open('/services', 'Bütün xidmətlər');
    await portal.searchBox().fill('müvəqqəti olma müddətinin uzadılması');
    await page.getByRole('link', { name: TITLE }).click();
    await portal.expectPage(TITLE);
    await page.getByRole('link', { name: 'Müraciət et' }).first().click();
    await portal.expectPage(TITLE);
    await expect(page.getByText(/Nümayiş forması/)).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Pasportun skan surəti' })).toBeVisible();
    await page.getByRole('link', { name: 'Daxil ol' }).click();
    await page.getByRole('radio', { name: 'E-Gov identity' }).check();
    await page.getByRole('button', { name: 'E-Gov identity ilə davam et' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('kim kimi daxil olursunuz?');
    await page.getByRole('radio', { name: PEOPLE[info.project.name as keyof typeof PEOPLE] }).check();
    await page.getByRole('button', { name: 'Təsdiqlə' }).click();

    // Back on the start page, logged in.
    await portal.expectPage(TITLE);
    await page.getByRole('button', { name: 'Başla' }).click();
    await portal.expectPage('Ərizəçi');
    await expect(page).toHaveURL(/\/applications\/\d{4}-\d{6}$/);
    const number = page.url().split('/').pop()!;
    await expect(page.getByText('Girişinizdən götürülüb')).toBeVisible();

    // One problem, in the summary and beside its field, then fixed.
    await page.getByLabel('Pasportun nömrəsi').fill(passport);
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await expect(problems).toBeFocused();
    await expect(problems.getByRole('link')).toHaveCount(1);
    await expect(page).toHaveTitle(/^Xəta:/);
    await audit(page, { label: 'a problem on the first page' });
    await problems.getByRole('link', { name: 'Əlaqə telefonu: Bu sahəni doldurun' }).click();
    await page.getByLabel('Əlaqə telefonu').fill('050 123 45 67');
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();

    // The stay: a date as day, month and year; "Digər" reveals its own question.
    await expect(page.getByRole('heading', { level: 1, name: 'Olma müddəti' })).toBeFocused();
    await expect(page.getByLabel('Səbəbi qısaca yazın')).toHaveCount(0);
    await page.getByLabel('Gün', { exact: true }).fill(entry.day);
    await page.getByLabel('Ay', { exact: true }).fill(entry.month);
    await page.getByLabel('İl', { exact: true }).fill(entry.year);
    await page.getByLabel('Uzadılması istənilən gün sayı').fill('30');
    await page.getByRole('radio', { name: 'Digər' }).check();
    await page.getByLabel('Səbəbi qısaca yazın').fill('Konfransda çıxış edirəm');
    await audit(page, { label: 'the stay' });
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();

    // The passport's scan.
    await expect(page.getByRole('heading', { level: 1, name: 'Sənədlər' })).toBeFocused();
    await page.getByLabel('Pasportun skan surəti').setInputFiles({ name: 'pasport.pdf', mimeType: 'application/pdf', buffer: PASSPORT_PDF });
    await expect(page.locator('.q-scan__page', { hasText: 'pasport.pdf' })).toContainText('Yükləndi');
    await audit(page, { label: 'the documents' });
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();

    // Every answer typed, as it will be sent.
    await expect(page.getByRole('heading', { level: 1, name: 'Cavablarınızı yoxlayın' })).toBeFocused();
    const answers = page.locator('main');
    for (const value of [passport, '+994 50 123 45 67', entry.shown, '30', 'Digər', 'Konfransda çıxış edirəm', 'pasport.pdf']) {
      await expect(answers.locator('.q-summary-list__value', { hasText: value }).first()).toBeVisible();
    }
    await expect(page.getByRole('button', { name: /^Dəyiş/ })).toHaveCount(3);
    await audit(page, { label: 'checking the answers' });
    await page.getByRole('button', { name: 'Müraciəti göndər' }).click();
    await sendUnsigned(page);
    await expect(page.getByRole('heading', { name: 'Müraciət göndərildi' })).toBeFocused();
    await expect(page.getByText(number)).toBeVisible();
    await audit(page, { label: 'sent' });

    // The officer reads every answer and returns the phone.
    const officer = await desk(browser, info);
    await logInAsOfficer(officer, migrationOfficer(info.project.name));
    await officer.goto(`/office/applications/${number}`);
    for (const value of [passport, '+994 50 123 45 67', entry.shown, '30', 'Digər', 'Konfransda çıxış edirəm', 'pasport.pdf']) {
      await expect(officer.locator('.q-summary-list__value', { hasText: value }).first()).toBeVisible();
    }
    await officer.getByLabel('Düzəlişə qaytar').check();
    // Every field the applicant fills in, not the person from the login.
    await expect(officer.getByRole('checkbox')).toHaveCount(7);
    await officer.getByLabel('Əlaqə telefonu').check();
    await officer.getByLabel('Ərizəçiyə qeyd').fill('Telefon nömrəsi işləmir: başqa nömrə yazın');
    await audit(officer, { label: 'returning the phone' });
    await sendDecision(officer);
    await expect(officer.locator('.q-status')).toHaveText('Düzəliş üçün qaytarılıb');

    // The citizen meets the marked field first, fixes it and sends again. The page brings the
    // renderer and none of the hand-built services' forms.
    const modules = moduleRequests(page);
    await page.goto(`/applications/${number}`);
    await portal.expectPage('Ərizəçi');
    expect(partsIn(modules).filter((part) => APPLICATION_PARTS.includes(part))).toEqual(['defined_form']);
    // Its page, as the server sends it to the applicant, preloads that part with the module.
    const html = await (await page.request.get(`/applications/${number}`)).text();
    expect(partsIn(preloadedModules(html))).toEqual(['defined_form']);
    await expect(page.getByText('Telefon nömrəsi işləmir: başqa nömrə yazın')).toBeVisible();
    await expect(problems.getByRole('link', { name: 'Əlaqə telefonu: Agentlik bu sahəni düzəltməyi xahiş edir' })).toBeVisible();
    await expect(page.getByLabel('Pasportun nömrəsi')).toHaveValue(passport);
    await page.getByLabel(/Əlaqə telefonu/).fill('055 765 43 21');
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cavablarınızı yoxlayın' })).toBeFocused();
    await expect(answers.locator('.q-summary-list__value', { hasText: '+994 55 765 43 21' })).toBeVisible();
    // The form asks no fee: the fee's part of the renderer never comes.
    expect(partsIn(modules)).not.toContain('fee_to_pay');
    await page.getByRole('button', { name: 'Müraciəti göndər' }).click();
    await sendUnsigned(page);
    await expect(page.getByRole('heading', { name: 'Müraciət göndərildi' })).toBeFocused();

    // The officer accepts.
    await officer.reload();
    await expect(officer.locator('.q-status')).toHaveText('Düzəldilib, yenidən göndərilib');
    await expect(officer.locator('.q-summary-list__value', { hasText: '+994 55 765 43 21' })).toBeVisible();
    await officer.getByLabel('Qəbul et').check();
    await sendDecision(officer);
    await expect(officer.locator('.q-status')).toHaveText('Qəbul edilib');
    await leaveDesk(officer, page);

    // The applicant's page: the answers as sent beside the status, and the result that verifies.
    await page.goto(`/applications/${number}`);
    await expect(page.locator('.q-status')).toHaveText('Qəbul edilib');
    await expect(page.locator('.q-summary-list__value', { hasText: '+994 55 765 43 21' })).toBeVisible();
    await expect(page.locator('.q-summary-list__value', { hasText: passport })).toBeVisible();
    await audit(page, { label: 'accepted' });
    await page.getByRole('link', { name: 'Sənədin yoxlanılması' }).click();
    await expect(page.locator('.q-summary-list__value', { hasText: number })).toBeVisible();
    await expect(page.locator('.q-summary-list__value', { hasText: 'Qəbul edilib' })).toBeVisible();
    await audit(page, { label: 'the result verifies' });
  });
});
