// Page objects for the catalogue: what a citizen sees and uses, by role and label.
import { expect, type Locator, type Page } from '@playwright/test';
import { audit } from '../fixtures';

export class Portal {
  readonly heading: Locator;
  readonly mainMenu: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.mainMenu = page.getByRole('navigation', { name: /Əsas menyu|Main menu|Главное меню/ });
  }

  /** Opens a path and waits until the app has drawn its page, then checks it with axe. */
  async open(path: string, heading: string | RegExp): Promise<void> {
    await this.page.goto(path);
    await this.expectPage(heading);
  }

  async expectPage(heading: string | RegExp): Promise<void> {
    await expect(this.heading).toHaveText(heading);
    await expect(this.page.getByRole('status').filter({ hasText: /Yüklənir|Loading|Загрузка/ })).toHaveCount(0);
    await audit(this.page);
  }

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: /Xidmət axtarın|Search for a service|Поиск услуги/ });
  }

  results(): Locator {
    return this.page.locator('.q-service-list__item');
  }

  async chooseLanguage(name: 'Azərbaycanca' | 'English' | 'Русский'): Promise<void> {
    await this.page.getByRole('button', { name }).click();
  }
}
