// Shared Playwright fixtures for Qapı's end-to-end tests.
//
//   import { test, expect, audit } from './fixtures';
//
//   test('home page', async ({ page }) => {
//     await page.goto('/');
//     await expect(page.getByRole('heading', { level: 1 })).toBeVisible(); // wait for the CSR render
//     await audit(page);                                                    // axe, WCAG 2.2 AA
//   });
//
// Every test also gets, automatically:
//   * an axe check of the page as it stands when the test ends;
//   * a failure if any page of the test's browser context logged a console error or threw an
//     uncaught error (favicon 404s are ignored). A test that expects an error response (which
//     Chromium logs as "Failed to load resource: … status of 401") allows it explicitly:
//       test.use({ allowedConsoleErrors: [/status of 401/] });
// Both checks only raise when the test itself passed, so they never hide the first failure.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A one-page scan as a scanner writes it (the API tests upload the same files). */
export function scanFile(name: 'scan.pdf' | 'complaint.pdf'): Buffer {
  return readFileSync(fileURLToPath(new URL(`../../server/tests/fixtures/${name}`, import.meta.url)));
}

/** The axe rule sets checked: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** How many failing elements of one rule are listed in a failure message. */
const MAX_TARGETS = 5;

export interface AuditOptions {
  /** Words for the failure message, e.g. 'after submitting the form'. */
  label?: string;
  /** CSS selectors to leave out of the check (use sparingly, and say why in the test). */
  exclude?: string[];
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

function formatViolations(violations: Violation[], where: string): string {
  const lines = [`axe: ${violations.length} accessibility violation(s) ${where}:`];
  for (const v of violations) {
    lines.push(`  - ${v.id} [${v.impact ?? 'unknown impact'}] ${v.help} (${v.nodes.length} element(s))`);
    for (const node of v.nodes.slice(0, MAX_TARGETS)) {
      lines.push(`      ${node.target.map(String).join(' >>> ')}`);
    }
    if (v.nodes.length > MAX_TARGETS) lines.push(`      … and ${v.nodes.length - MAX_TARGETS} more`);
    lines.push(`      ${v.helpUrl}`);
  }
  return lines.join('\n');
}

/**
 * Runs axe (WCAG 2.2 A + AA) on the page as it stands and throws a readable error listing every
 * violation. Call it after each navigation, once the content under test is visible.
 */
export async function audit(page: Page, options: AuditOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  if (results.violations.length === 0) return;

  const where = `on ${page.url()}${options.label ? ` (${options.label})` : ''}`;
  try {
    await base.info().attach('axe-violations', {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
  } catch {
    // Called outside a running test: the thrown message below is enough.
  }
  throw new Error(formatViolations(results.violations, where));
}

interface QapiFixtures {
  /** Console errors matching one of these are allowed (e.g. an expected 401 from a failed login). */
  allowedConsoleErrors: RegExp[];
  /** Set false (test.use) to skip the automatic end-of-test axe check, e.g. for API-only tests. */
  auditAfterTest: boolean;
  _pageChecks: void;
}

function isFaviconNotFound(text: string, url: string): boolean {
  return /favicon\.(ico|svg|png)/i.test(url) || /favicon\.(ico|svg|png)/i.test(text);
}

export const test = base.extend<QapiFixtures>({
  allowedConsoleErrors: [[], { option: true }],
  auditAfterTest: [true, { option: true }],

  _pageChecks: [
    async ({ page, context, allowedConsoleErrors, auditAfterTest }, use, testInfo) => {
      const problems: string[] = [];

      context.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = msg.text();
        const { url, lineNumber } = msg.location();
        if (isFaviconNotFound(text, url)) return;
        if (allowedConsoleErrors.some((re) => re.test(text))) return;
        const at = url ? ` (${url}${lineNumber ? `:${lineNumber}` : ''})` : '';
        problems.push(`console error on ${msg.page()?.url() ?? '?'}: ${text}${at}`);
      });
      context.on('weberror', (webError) => {
        const err = webError.error();
        problems.push(
          `uncaught page error on ${webError.page()?.url() ?? '?'}: ${err.stack ?? err.message ?? String(err)}`,
        );
      });

      await use();

      if (problems.length > 0) {
        await testInfo.attach('browser-errors', { body: problems.join('\n\n'), contentType: 'text/plain' });
      }
      // Leave a failed (or skipped) test's first error as the one reported.
      if (testInfo.status !== 'passed') return;

      if (problems.length > 0) {
        throw new Error(`the browser reported ${problems.length} error(s):\n  - ${problems.join('\n  - ')}`);
      }
      if (auditAfterTest && !page.isClosed() && page.url() !== 'about:blank') {
        await audit(page, { label: 'at the end of the test' });
      }
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The last step of every application (rule 12.2): the signing step opens with its heading
 * focused; the seed services' regulations accept an unsigned application, which is sent so.
 */
export async function sendUnsigned(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: 'Müraciəti imzalayın' })).toBeFocused();
  await page.getByRole('button', { name: 'İmzasız göndər' }).click();
}
