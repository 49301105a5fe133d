// The public-holiday calendar: the administrator opens it from the back office's menu, sends
// the form empty (the error summary names both fields), adds a day of next year, finds it in
// that year's list, and removes it again.
import { test, expect, audit } from './fixtures';
import { logInAsOfficer } from './pages/office';

const ADMIN = 'admin@demo.qapi.az';

/** The year after this one in Baku (UTC+4). */
function nextYear(): number {
  return new Date(Date.now() + 4 * 3600_000).getUTCFullYear() + 1;
}

/** A weekday of early June: Monday for one project, Tuesday for the other, so that the two
 *  runs at once never add the same day. No configured holiday falls on 1–7 June. */
function dayFor(project: string, year: number): { iso: string; shown: string } {
  const weekday = project === 'phone' ? 2 : 1;
  const day = new Date(Date.UTC(year, 5, 1));
  while (day.getUTCDay() !== weekday) day.setUTCDate(day.getUTCDate() + 1);
  const iso = day.toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return { iso, shown: `${d}.${m}.${y}` };
}

test.describe('holiday calendar', () => {
  // Both projects log the one demo administrator in; a code accepted a moment ago makes one
  // wait for the next.
  test.setTimeout(120_000);
  // A code refused at login is answered with an error on purpose.
  test.use({ allowedConsoleErrors: [/status of (401|422)/] });

  test('the administrator adds a holiday and removes it', async ({ page }, info) => {
    const year = nextYear();
    const { iso, shown } = dayFor(info.project.name, year);
    const name = `Hökumət qərarı ilə istirahət günü (${info.project.name})`;

    await logInAsOfficer(page, ADMIN, 'Əməkdaşlar');
    await page.getByRole('link', { name: 'Bayram və istirahət günləri' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bayram və istirahət günləri' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: `İl: ${year - 1}` })).toBeVisible();
    await audit(page, { label: 'this year' });

    await page.getByRole('link', { name: `Növbəti il: ${year}` }).click();
    await expect(page).toHaveURL(new RegExp(`/office/calendar\\?year=${year}$`));
    await expect(page.getByRole('heading', { level: 2, name: `İl: ${year}` })).toBeVisible();

    // Sent empty: the summary names both fields and the title says there is a problem.
    await page.getByRole('button', { name: 'Gün əlavə et' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Problem var' });
    await expect(problems).toBeFocused();
    await expect(problems.getByRole('link')).toHaveCount(2);
    await expect(page).toHaveTitle(/^Xəta:/);
    await audit(page, { label: 'with the problems' });
    await expect(problems.getByRole('link', { name: 'Bu sahəni doldurun' })).toHaveCount(2);

    await page.getByLabel('Tarix').fill(iso);
    await page.getByLabel('Adı (azərbaycanca)').fill(name);
    await page.getByRole('button', { name: 'Gün əlavə et' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${shown} siyahıya əlavə olundu` })).toBeVisible();
    await expect(problems).toHaveCount(0);
    await expect(page).not.toHaveTitle(/^Xəta:/);
    const row = page.getByRole('row').filter({ hasText: shown });
    await expect(row).toContainText(name);
    await expect(row).toContainText('Quliyeva Nərgiz');
    await expect(page.getByLabel('Tarix')).toHaveValue('');
    await audit(page, { label: 'with the day added' });

    await row.getByRole('button', { name: `Sil: ${shown} ${name}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `${shown} siyahıdan çıxarıldı` })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: shown })).toHaveCount(0);
    await audit(page, { label: 'with the day removed' });
  });
});
