// Registry applications (rule 10): an agency's supervisor files a registration on the form of
// appendix 2, the registry operator finds it in the registry's queue and registers it, the
// supervisor is told by e-mail, and the service's public page shows its registry number.
import { test, expect, audit } from './fixtures';
import { linkFromMail } from './pages/mailbox';
import { desk, logInAsOfficer, leaveDesk } from './pages/office';

/** Each project its own officers: the two run at once, and an authenticator code works once. */
function officers(project: string): { supervisor: string; operator: string } {
  return project === 'phone'
    ? { supervisor: 'supervisor@demo.qapi.az', operator: 'registry2@demo.qapi.az' }
    : { supervisor: 'rabita.supervisor@demo.qapi.az', operator: 'registry@demo.qapi.az' };
}

test.describe('registry applications', () => {
  // Both projects log officers in; a code accepted a moment ago makes one wait for the next.
  test.setTimeout(180_000);
  // A code refused at login is answered with an error on purpose.
  test.use({ allowedConsoleErrors: [/status of (401|422)/] });

  test('a supervisor files a registration, the registry operator registers it, and the catalogue shows its registry number', async ({ page, browser }, info) => {
    const { supervisor: supervisorEmail, operator: operatorEmail } = officers(info.project.name);
    const title = `Poçt göndərişinin izlənməsi ${info.project.name} ${Date.now()}`;

    const supervisor = await desk(browser, info);
    await logInAsOfficer(supervisor, supervisorEmail);
    await supervisor.getByRole('link', { name: 'Reyestr müraciətləri' }).click();
    await expect(supervisor.getByRole('heading', { level: 1, name: 'Reyestr müraciətləri' })).toBeVisible();
    await audit(supervisor, { label: 'on the agency list' });
    await supervisor.getByRole('link', { name: 'Yeni müraciət' }).click();
    await expect(supervisor.getByRole('heading', { level: 1, name: 'Reyestrə müraciət' })).toBeVisible();
    await audit(supervisor, { label: 'on the empty form' });

    // Sent empty: the summary names what to do, the page's title says there is a problem.
    await supervisor.getByRole('button', { name: 'Müraciəti göndər' }).click();
    const problems = supervisor.getByRole('alert').filter({ hasText: 'Problem var' });
    await expect(problems).toBeFocused();
    await expect(problems.getByRole('link')).toHaveCount(2);
    await expect(supervisor).toHaveTitle(/^Xəta:/);
    await supervisor.getByLabel('Xidməti reyestrdə qeydə almaq').check();
    await supervisor.getByRole('button', { name: 'Müraciəti göndər' }).click();
    // Now the fields of a registration: each one left empty is named.
    await expect(problems.getByRole('link', { name: 'Bu sahəni doldurun' })).toHaveCount(7);
    await audit(supervisor, { label: 'with the problems' });

    await supervisor.getByLabel('Azərbaycan dilində').fill(title);
    await supervisor.getByLabel('İngilis dilində').fill('Tracking a postal item');
    await supervisor.getByLabel('Elektron xidmətin digər icraçıları').fill('Azərpoçt MMC');
    await supervisor.getByLabel('Elektron xidmətin məzmunu').fill('Göndərişin hazırda harada olduğunu göstərir.');
    await supervisor
      .getByLabel('Elektron xidmətin göstərilməsinin hüquqi əsası')
      .fill('«Poçt rabitəsi haqqında» Azərbaycan Respublikasının Qanunu, maddə 12');
    await supervisor.getByLabel('İnformativ').check();
    await supervisor.getByLabel('Ödənişsiz').check();
    await supervisor.getByLabel('Fiziki şəxslər', { exact: true }).check();
    await supervisor.getByLabel('Hüquqi şəxslər', { exact: true }).check();
    await supervisor.getByLabel('Elektron xidmətin təqdim olunma yeri').fill('https://www.mincom.gov.az/xidmetler/izleme');
    await supervisor.getByLabel('Təqdim olunan məlumatların həqiqiliyini təsdiq edirəm').check();
    await audit(supervisor, { label: 'on the filled form' });
    await supervisor.getByRole('button', { name: 'Müraciəti göndər' }).click();
    await expect(supervisor.getByRole('heading', { name: 'Müraciət göndərildi' })).toBeFocused();
    const id = (await supervisor.locator('.q-panel .q-code').innerText()).replace('№', '').trim();
    await audit(supervisor, { label: 'on the confirmation' });
    await supervisor.getByRole('link', { name: 'Reyestr müraciətlərinə qayıt' }).click();
    await expect(supervisor.getByRole('row').filter({ hasText: title })).toContainText('Baxılmağı gözləyir');

    // The registry operator: the registry's queue by due date, the application, the decision.
    const operator = await desk(browser, info);
    await logInAsOfficer(operator, operatorEmail, 'Reyestr növbəsi');
    await audit(operator, { label: 'on the registry queue' });
    const row = operator.getByRole('row').filter({ hasText: title });
    await expect(row).toContainText('Xidməti reyestrdə qeydə almaq');
    await row.getByRole('link', { name: `№ ${id}` }).click();
    await expect(operator.getByRole('heading', { level: 1, name: `Reyestr müraciəti № ${id}` })).toBeVisible();
    await expect(operator.getByText('Göndərişin hazırda harada olduğunu göstərir.')).toBeVisible();
    await expect(operator.getByText('Fiziki şəxslər; Hüquqi şəxslər')).toBeVisible();
    await audit(operator, { label: 'on the application' });
    await operator.getByLabel('Qeydə al və reyestr nömrəsi ver').check();
    await operator.getByRole('button', { name: 'Qərarı göndər' }).click();
    await expect(operator.getByText('Qərar qeydə alındı')).toBeVisible();
    await expect(operator.locator('.q-registry-status')).toHaveText('Qeydə alınıb');
    const registryNumber = await operator.locator('.q-summary-list .q-code').first().innerText();
    expect(registryNumber).toMatch(/^ER-\d{6}$/);
    await expect(operator.getByRole('heading', { name: 'Reyestr qeydinin tarixçəsi' })).toBeVisible();
    await audit(operator, { label: 'after registering' });

    // The supervisor is told, and the link in the e-mail opens the application.
    const link = await linkFromMail(page.request, supervisorEmail, /reyestrdə qeydə alındı/);
    await supervisor.goto(link);
    await expect(supervisor.locator('.q-registry-status')).toHaveText('Qeydə alınıb');
    await expect(supervisor.getByRole('link', { name: registryNumber })).toBeVisible();
    await audit(supervisor, { label: 'the decided application' });

    // An amendment of it: choosing the service fills the form with its record as it stands.
    const serviceNumber = (await supervisor.locator('.q-registry__number').first().innerText()).replace(/[()]/g, '');
    await supervisor.goto('/office/registry/new');
    await supervisor.getByLabel('Xidmətin məlumatlarına düzəliş etmək').check();
    await supervisor.getByLabel('Hansı xidmət?').selectOption(serviceNumber);
    await expect(supervisor.getByText('hazırkı məlumatları var')).toBeVisible();
    await supervisor.getByRole('checkbox', { name: 'Elektron xidmətin məzmunu' }).check();
    const content = supervisor.getByRole('textbox', { name: 'Elektron xidmətin məzmunu' });
    await expect(content).toHaveValue('Göndərişin hazırda harada olduğunu göstərir.');
    await audit(supervisor, { label: 'on the prefilled amendment' });
    await content.fill('Göndərişin harada olduğunu və nə vaxt çatacağını göstərir.');
    await supervisor.getByLabel('Təqdim olunan məlumatların həqiqiliyini təsdiq edirəm').check();
    await supervisor.getByRole('button', { name: 'Müraciəti göndər' }).click();
    await expect(supervisor.getByRole('heading', { name: 'Müraciət göndərildi' })).toBeFocused();
    const amendment = (await supervisor.locator('.q-panel .q-code').innerText()).replace('№', '').trim();
    await leaveDesk(supervisor, operator);

    // The operator sees each changed field's value now beside the new one.
    await operator.goto(`/office/registry/${amendment}`);
    const changed = operator.locator('.q-summary-list__row').filter({ hasText: 'Elektron xidmətin məzmunu' });
    await expect(changed.locator('.q-registry__side--now')).toContainText('Göndərişin hazırda harada olduğunu göstərir.');
    await expect(changed.locator('.q-registry__side').last()).toContainText('nə vaxt çatacağını');
    await audit(operator, { label: 'on the amendment' });
    await operator.context().close();

    // The public catalogue: the service's page with its registry number.
    await page.goto('/services?q=' + encodeURIComponent(title));
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const registryRow = page.locator('.q-summary-list__row').filter({ hasText: 'Reyestr nömrəsi' });
    await expect(registryRow).toContainText(registryNumber);
    await audit(page, { label: 'on the public service page' });
  });
});
