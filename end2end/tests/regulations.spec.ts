// Regulations the agency writes (issue 17, rules 9.1–9.8): an agency's supervisor
// writes the regulation of a service that has none, sees what is missing while it is half
// written, fills every field of appendix 1 in three languages and puts it to public discussion;
// a citizen reads it on the card, logs in and comments (markup stays text); the supervisor
// answers publicly and approves it; the card shows the approved version, the discussion and the
// versions page.
import type { Page } from '@playwright/test';
import { test, expect, audit } from './fixtures';
import { fillDate } from './pages/dates';
import { logInAsOfficer, leaveDesk, desk as openDesk } from './pages/office';

/** Each project's supervisor and a service of their agency without a regulation: both projects
 *  run at once and share the database, an authenticator code is accepted once, and no other test
 *  logs these supervisors in or uses these services. */
const DESKS = {
  desktop: { supervisor: 'justice.supervisor@demo.qapi.az', number: '9.2' },
  phone: { supervisor: 'culture.supervisor@demo.qapi.az', number: '16.2' },
};
/** A demo person of the E-Gov simulator each project's citizen logs in as. */
const PEOPLE = { desktop: /^Cəfərova Könül/, phone: /^Abbasova Lalə/ };
const TEXTS = ['content', 'legal_basis', 'execution_time', 'result', 'information', 'control', 'complaints'];

/** Types a text in az, en and ru into the inputs of its path (`steps.0.title`). */
async function typeText(page: Page, path: string, az: string): Promise<void> {
  const id = path.replaceAll('.', '-');
  await page.locator(`#${id}-az`).fill(az);
  await page.locator(`#${id}-en`).fill(`${az} (en)`);
  await page.locator(`#${id}-ru`).fill(`${az} (ru)`);
}

/** In `days` days, in Baku, as dd.mm.yyyy. */
function inDays(days: number): string {
  return new Date(Date.now() + 4 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('.');
}

test.describe('regulations', () => {
  // Both projects log the supervisor in; an authenticator code works once, so one may wait for
  // the next (up to 30 s).
  test.setTimeout(240_000);
  // A code the other project used a moment ago is refused (422); the discussion page asks who
  // is logged in before anyone is (401).
  test.use({ allowedConsoleErrors: [/status of (401|422)/] });

  test('a supervisor drafts and puts a regulation to discussion, a citizen comments, the supervisor answers and approves', async ({ page, browser }, info) => {
    const project = info.project.name as keyof typeof DESKS;
    const service = DESKS[project];
    const content = `Əcnəbilərə iş icazəsi (${project})`;
    const until = inDays(20);

    // The supervisor opens the service's regulation: nothing written yet, everything missing.
    const desk = await openDesk(browser, info);
    await logInAsOfficer(desk, service.supervisor);
    await desk.getByRole('link', { name: 'Reqlamentlər', exact: true }).click();
    await expect(desk.getByRole('heading', { level: 1, name: 'Reqlamentlər' })).toBeVisible();
    await audit(desk, { label: 'on the regulations desk' });
    await desk.goto(`/office/regulations/${service.number}`);
    await expect(desk.getByRole('heading', { level: 1 })).toContainText('Reqlament:');
    const missing = desk.locator('.q-regulation-editor__missing');
    await expect(missing.getByRole('link', { name: /Xidmətin məzmunu/ }).first()).toBeVisible();

    // Half written, in Azerbaijani only: the other languages are named as missing, and kept.
    await desk.locator('#content-az').fill(content);
    await expect(missing.getByRole('link', { name: 'Xidmətin məzmunu (İngiliscə): Bu dildə mətn yazılmayıb' }).first()).toBeVisible();
    await desk.getByRole('button', { name: 'Layihəni saxla' }).click();
    await expect(desk.getByText('Layihə saxlanıldı.')).toBeVisible();

    // Every field of appendix 1.
    for (const path of TEXTS) await typeText(desk, path, path === 'content' ? content : `Mətn: ${path}`);
    await desk.locator('#automation').check();
    await desk.locator('#execution_working_days').fill('10');
    await desk.locator('#execution_working_days').blur();
    await desk.locator('#payment').check();
    await desk.getByRole('checkbox', { name: 'Əcnəbilər' }).check();
    await desk.locator('#where_provided').fill('https://www.e-gov.az');
    await desk.locator('#other_participants').check();
    await desk.locator('#documents_held_by_state').check();
    await desk.locator('#documents_to_upload').check();
    await desk.locator('#grounds_for_refusal-some').check();
    await typeText(desk, 'grounds_for_refusal.0', 'Saxta sənəd');
    await desk.getByRole('button', { name: '+ Mərhələ əlavə et' }).click();
    await typeText(desk, 'steps.0.title', 'Müraciətin qəbulu');
    await expect(missing).toContainText('Heç nə: layihə ictimai müzakirəyə çıxarıla bilər.');
    await audit(desk, { label: 'a complete draft' });
    await desk.getByRole('button', { name: 'Layihəni saxla' }).click();
    await expect(desk.getByText('Layihə saxlanıldı.')).toBeVisible();

    // To public discussion until a day set.
    await fillDate(desk, 'Müzakirənin son günü', until);
    await desk.getByRole('button', { name: 'İctimai müzakirəyə çıxar' }).click();
    await expect(desk.getByText('Layihə ictimai müzakirəyə çıxarıldı.')).toBeVisible();

    // A citizen finds the draft on the card and comments, logged in.
    await page.goto(`/services/${service.number}`);
    await expect(page.getByText(`Layihə — ictimai müzakirədə (${until} tarixinədək)`)).toBeVisible();
    await page.getByRole('link', { name: 'Layihəni oxuyun və rəyinizi bildirin' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('İctimai müzakirə:');
    await expect(page.getByText(content)).toBeVisible();
    await audit(page, { label: 'the draft in discussion' });
    await page.getByRole('link', { name: 'Daxil ol' }).click();
    await page.getByRole('radio', { name: 'E-Gov identity' }).check();
    await page.getByRole('button', { name: 'E-Gov identity ilə davam et' }).click();
    await page.getByRole('radio', { name: PEOPLE[project] }).check();
    await page.getByRole('button', { name: 'Təsdiqlə' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('İctimai müzakirə:');
    await page.getByRole('button', { name: 'Rəyi göndər' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Problem var' });
    await expect(problems).toBeFocused();
    await audit(page, { label: 'an empty comment' });
    const said = '<b>Müddəti</b> 7 iş gününə endirin';
    await page.getByLabel('Rəyiniz').fill(said);
    await page.getByRole('button', { name: 'Rəyi göndər' }).click();
    await expect(page.getByText('Rəyiniz dərc edildi.')).toBeFocused();
    await expect(page.locator('.q-comments__text').filter({ hasText: said })).toBeVisible();
    await expect(page.locator('.q-comments b')).toHaveCount(0);

    // The supervisor answers it publicly and approves.
    await desk.reload();
    await expect(desk.getByText(said)).toBeVisible();
    await desk.getByLabel('Qurumun cavabı').fill('Müddət 10 iş günüdür: sənədlər iki qurumda yoxlanılır.');
    await desk.getByRole('button', { name: 'Cavabla' }).click();
    await expect(desk.getByText('Cavab dərc edildi.')).toBeVisible();
    await desk.getByRole('button', { name: 'Təsdiq et' }).click();
    await desk.getByRole('button', { name: 'Bəli, təsdiq et' }).click();
    await expect(desk.getByText('Təsdiq edildi: versiya 1')).toBeVisible();
    await audit(desk, { label: 'approved' });
    await leaveDesk(desk, page);

    // The card shows the version in force; the versions page has its discussion.
    await page.goto(`/services/${service.number}`);
    await expect(page.getByText(/Təsdiq edilib: \d\d\.\d\d\.\d{4}, versiya 1/)).toBeVisible();
    await expect(page.getByText(content)).toBeVisible();
    await expect(page.getByText('Layihə — ictimai müzakirədə')).toHaveCount(0);
    await page.getByRole('link', { name: 'Bütün versiyalar və dəyişikliklər' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Versiya 1 — .* tarixində təsdiq edilib/ })).toBeVisible();
    await expect(page.getByText('Portalda təsdiq edilmiş ilk versiya.')).toBeVisible();
    await expect(page.locator('.q-comments__text').filter({ hasText: said })).toBeVisible();
    await expect(page.getByText('Müddət 10 iş günüdür: sənədlər iki qurumda yoxlanılır.')).toBeVisible();
    await audit(page, { label: 'the versions' });
  });
});
