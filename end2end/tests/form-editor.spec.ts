// The form editor (issue 16): the migration service's service editor ("xidmət redaktoru") logs
// in, opens an interactive service without a form and builds one from nothing — a first page
// with a required text field and a yes/no, a second page shown only after "yes" — sees what is
// missing while the labels are in Azerbaijani only and nothing missing once they are in all
// three languages, saves the half-built draft and the finished one (leaving and coming back
// finds it), previews it as a citizen will fill it in (one problem shown and fixed, the second
// page, checking the answers, nothing sent), and publishes it; a citizen then opens the
// service's card and starts an application on that form.
import { type Browser, type Page, type TestInfo } from '@playwright/test';
import { test, expect, audit } from './fixtures';
import { Portal } from './pages/catalogue';
import { logInAsOfficer } from './pages/office';

const EDITOR = 'forms@demo.qapi.az';
/** Agency 33's interactive services without a demo form, one per project (both run at once and
 *  share the database); no other test uses them. */
const SERVICES = {
  desktop: { number: '33.6', title: 'Azərbaycan Respublikası vətəndaşlığının əldə edilməsi üçün e-müraciət' },
  phone: { number: '33.7', title: 'Azərbaycan Respublikası vətəndaşlığının bərpa edilməsi üçün e-müraciət' },
};
/** A demo person of the E-Gov simulator each project's citizen logs in as. */
const PEOPLE = { desktop: /^Rzayeva Aysel/, phone: /^Bağırova Nərmin/ };

const FIRST_PAGE = { az: 'Ərizəçi haqqında', en: 'About the applicant', ru: 'О заявителе' };
const JOB = { az: 'Peşəniz', en: 'Your occupation', ru: 'Ваша профессия' };
const EARLIER = { az: 'Əvvəllər başqa ölkənin vətəndaşı olmusunuz?', en: 'Have you been a citizen of another country?', ru: 'Были ли вы гражданином другой страны?' };
const SECOND_PAGE = { az: 'Əvvəlki vətəndaşlıq', en: 'Earlier citizenship', ru: 'Прежнее гражданство' };
const COUNTRY = { az: 'Hansı ölkənin vətəndaşı olmusunuz?', en: 'Which country were you a citizen of?', ru: 'Гражданином какой страны вы были?' };

/** A browser of its own, shaped like the project's. */
async function newPage(browser: Browser, info: TestInfo): Promise<Page> {
  const { baseURL, locale, viewport, isMobile, hasTouch, deviceScaleFactor } = info.project.use;
  const context = await browser.newContext({ baseURL, locale, viewport, isMobile, hasTouch, deviceScaleFactor });
  return context.newPage();
}

/** Types a text in the languages given into the inputs of its path (`pages.0.title`). */
async function typeText(page: Page, path: string, text: Partial<Record<'az' | 'en' | 'ru', string>>): Promise<void> {
  for (const [lang, value] of Object.entries(text)) {
    await page.locator(`#${path.replaceAll('.', '-')}-${lang}`).fill(value!);
  }
}

/** Adds a field of `kind` at the end of a page's fields. */
async function addField(page: Page, pageIndex: number, kind: string): Promise<void> {
  await page.locator(`#pages-${pageIndex}-fields`).selectOption(kind);
  await page.locator('.q-form-editor__page').nth(pageIndex).getByRole('button', { name: '+ Sahə əlavə et' }).click();
}

test.describe('the form editor', () => {
  // Both projects log the service editor in; an authenticator code works once, so one may wait
  // for the next (up to 30 s).
  test.setTimeout(240_000);
  // The citizen's start page asks who is logged in before anyone is (401), and a code the
  // other project used a moment ago is refused (422).
  test.use({ allowedConsoleErrors: [/status of (401|422)/] });

  test('the service editor builds, saves, previews and publishes a form; a citizen starts it', async ({ page, browser }, info) => {
    const project = info.project.name as keyof typeof SERVICES;
    const service = SERVICES[project];
    const editorPath = `/office/forms/${service.number}`;
    const heading = page.getByRole('heading', { level: 1 });

    // The service editor lands on the agency's forms; the service has none yet.
    await logInAsOfficer(page, EDITOR, 'Müraciət formaları');
    await expect(page.getByRole('navigation', { name: 'İş masası' }).getByRole('link')).toHaveText(['Müraciət formaları']);
    const row = page.getByRole('row').filter({ hasText: service.title });
    await expect(row.getByRole('cell').nth(2)).toHaveText('Xeyr');
    await audit(page, { label: 'the agency forms' });
    await row.getByRole('link', { name: service.title }).click();
    await expect(heading).toContainText(service.title);

    const missing = page.locator('.q-form-editor__missing');
    const missingLinks = missing.getByRole('link');
    await expect(missingLinks).toHaveText(['Forma: Ən azı bir səhifə əlavə edin']);

    // The first page: a required text field, then a yes/no.
    await page.getByRole('button', { name: '+ Səhifə əlavə et' }).click();
    await expect(page.locator('#pages-0-id')).toBeFocused();
    await expect(page.locator('#pages-0-id')).toHaveValue('page_1');
    await typeText(page, 'pages.0.title', { az: FIRST_PAGE.az });
    await addField(page, 0, 'text');
    await expect(page.locator('#pages-0-fields-0-id')).toBeFocused();
    await expect(page.locator('#pages-0-fields-0-required')).toBeChecked();
    await typeText(page, 'pages.0.fields.0.label', { az: JOB.az });
    await addField(page, 0, 'yes_no');
    await typeText(page, 'pages.0.fields.1.label', { az: EARLIER.az });

    // The second page, shown only when the yes/no is answered "yes".
    await page.getByRole('button', { name: '+ Səhifə əlavə et' }).click();
    await typeText(page, 'pages.1.title', { az: SECOND_PAGE.az });
    await page.locator('#pages-1-show_when').selectOption('field_2');
    await page.locator('#pages-1-show_when-yes').check();
    await addField(page, 1, 'text');
    await typeText(page, 'pages.1.fields.0.label', { az: COUNTRY.az });

    // Each text still wants its English and Russian: what is missing says so, each a link.
    await expect(missingLinks).toHaveCount(10);
    await expect(missing).toContainText('Dərc etməzdən əvvəl düzəldilməli: 10.');
    await expect(missingLinks.first()).toHaveText(/^Səhifə 1 \(en\): /);
    await audit(page, { label: 'a half-built form' });

    // Saved as it is, half built: leaving and coming back finds it, with what it lacks.
    await page.getByRole('button', { name: 'Layihəni saxla' }).click();
    await expect(page.getByText('Layihə yadda saxlanıldı.')).toBeVisible();
    await page.getByRole('link', { name: 'Bütün formalar' }).click();
    await expect(heading).toHaveText('Müraciət formaları');
    await expect(row.getByRole('cell').nth(2)).toHaveText('Bəli');
    await row.getByRole('link', { name: service.title }).click();
    await expect(page.locator('#pages-1-fields-0-label-az')).toHaveValue(COUNTRY.az);
    await expect(missingLinks).toHaveCount(10);

    // A link of the list leads to its input; every text in three languages leaves nothing.
    await missingLinks.first().click();
    await expect(page.locator('#pages-0-title-en')).toBeFocused();
    await typeText(page, 'pages.0.title', { en: FIRST_PAGE.en, ru: FIRST_PAGE.ru });
    await typeText(page, 'pages.0.fields.0.label', { en: JOB.en, ru: JOB.ru });
    await typeText(page, 'pages.0.fields.1.label', { en: EARLIER.en, ru: EARLIER.ru });
    await typeText(page, 'pages.1.title', { en: SECOND_PAGE.en, ru: SECOND_PAGE.ru });
    await typeText(page, 'pages.1.fields.0.label', { en: COUNTRY.en, ru: COUNTRY.ru });
    await expect(missingLinks).toHaveCount(0);
    await expect(missing).toContainText('Heç nə: forma dərc edilə bilər.');
    await expect(page.getByText('Saxlanmamış dəyişikliklər var.')).toBeVisible();
    await page.getByRole('button', { name: 'Layihəni saxla' }).click();
    await expect(page.getByText('Layihə yadda saxlanıldı.')).toBeVisible();
    await page.goto(editorPath);
    await expect(page.locator('#pages-1-fields-0-label-ru')).toHaveValue(COUNTRY.ru);
    await expect(missing).toContainText('Heç nə: forma dərc edilə bilər.');

    // The preview: the citizen's pages, nothing sent.
    await page.getByRole('button', { name: 'Önizləmə' }).click();
    await expect(page).toHaveURL(new RegExp(`${editorPath}/preview$`));
    await expect(page.getByText('Önizləmə — heç nə göndərilmir')).toBeVisible();
    await expect(heading).toHaveText(FIRST_PAGE.az);
    // The second page counts once "yes" shows it.
    await expect(page.getByText('Addım 1 / 2')).toBeVisible();
    await audit(page, { label: 'the preview' });
    const problems = page.getByRole('alert').filter({ hasText: 'Problem var' });
    await page.getByRole('radio', { name: 'Bəli' }).check();
    await expect(page.getByText('Addım 1 / 3')).toBeVisible();
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await expect(problems).toBeFocused();
    await expect(problems.getByRole('link')).toHaveText([`${JOB.az}: Bu sahəni doldurun`]);
    await audit(page, { label: 'a problem in the preview' });
    await page.getByLabel(JOB.az).fill('Mühəndis');
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await expect(page.getByRole('heading', { level: 1, name: SECOND_PAGE.az })).toBeFocused();
    await expect(problems).toHaveCount(0);
    await expect(page.getByText('Qaralama yadda saxlanıldı')).toHaveCount(0);
    await page.getByLabel(COUNTRY.az).fill('Gürcüstan');
    await page.getByRole('button', { name: 'Yadda saxla və davam et' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cavablarınızı yoxlayın' })).toBeFocused();
    for (const value of ['Mühəndis', 'Bəli', 'Gürcüstan']) {
      await expect(page.locator('.q-summary-list__value', { hasText: value }).first()).toBeVisible();
    }
    await page.getByRole('button', { name: 'Müraciəti göndər' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Önizləmədir: müraciət göndərilmədi.' })).toBeVisible();
    await audit(page, { label: 'checking the answers in the preview' });

    // Published after a confirmation.
    await page.getByRole('link', { name: 'Redaktora qayıt' }).click();
    await expect(page.locator('#pages-0-title-az')).toHaveValue(FIRST_PAGE.az);
    await page.getByRole('button', { name: 'Dərc et' }).click();
    await page.getByRole('button', { name: 'Bəli, dərc et' }).click();
    await expect(page.getByText('Versiya 1 dərc edildi.')).toBeVisible();
    await expect(page.getByRole('table').filter({ hasText: 'Aynur Cəfərova' })).toBeVisible();
    await audit(page, { label: 'published' });

    // A citizen finds the service's card and starts the application on the form.
    const citizen = await newPage(browser, info);
    const portal = new Portal(citizen);
    await portal.open(`/services/${service.number}`, service.title);
    await citizen.getByRole('link', { name: 'Müraciət et' }).first().click();
    await portal.expectPage(service.title);
    await citizen.getByRole('link', { name: 'Daxil ol' }).click();
    await citizen.getByRole('radio', { name: 'E-Gov identity' }).check();
    await citizen.getByRole('button', { name: 'E-Gov identity ilə davam et' }).click();
    await expect(citizen.getByRole('heading', { level: 1 })).toContainText('kim kimi daxil olursunuz?');
    await citizen.getByRole('radio', { name: PEOPLE[project] }).check();
    await citizen.getByRole('button', { name: 'Təsdiqlə' }).click();
    await portal.expectPage(service.title);
    await citizen.getByRole('button', { name: 'Başla' }).click();
    await portal.expectPage(FIRST_PAGE.az);
    await expect(citizen).toHaveURL(/\/applications\/\d{4}-\d{6}$/);
    await expect(citizen.getByLabel(JOB.az)).toBeVisible();
    await expect(citizen.getByRole('radio', { name: 'Bəli' })).toBeVisible();
    await citizen.context().close();
  });
});
