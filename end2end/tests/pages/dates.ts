// Dates are typed as GOV.UK's date input asks: day, month and year, each in its own field, under
// one legend.
import type { Locator, Page } from '@playwright/test';

/** Types `date` (dd.mm.yyyy) into the date input whose legend is `legend`, within `scope`. */
export async function fillDate(scope: Page | Locator, legend: string, date: string): Promise<void> {
  const [day, month, year] = date.split('.');
  const group = scope.getByRole('group', { name: legend });
  await group.getByLabel('Gün').fill(day);
  await group.getByLabel('Ay', { exact: true }).fill(month);
  await group.getByLabel('İl', { exact: true }).fill(year);
}

/** Every row of the summary lists on the page, as [label, value]. */
export async function summaryRows(page: Page): Promise<string[][]> {
  return page
    .locator('.q-summary-list__row')
    .evaluateAll((rows) =>
      rows.map((row) => [row.querySelector('dt')?.textContent?.trim() ?? '', row.querySelector('dd')?.textContent?.trim() ?? '']),
    );
}
