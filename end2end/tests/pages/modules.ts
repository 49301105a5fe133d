// The module files a page asks for and the ones its HTML preloads: a deep link should fetch
// nothing its page did not preload. A module file is an area's wasm module, a part of it, a
// chunk the part shares with others, or a part's pack (the part with its chunks in one file).
import type { Page } from '@playwright/test';

const MODULE_FILE = /^\/pkg\/.+\.(wasm|bin)$/;

/** The module files the page requests from now on, by path, in the order it asks for them. */
export function moduleRequests(page: Page): string[] {
  const modules: string[] = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname;
    if (MODULE_FILE.test(name)) modules.push(name);
  });
  return modules;
}

/** The module files a page's HTML preloads, by path. */
export function preloadedModules(html: string): string[] {
  return [...html.matchAll(/<link rel="preload" href="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((href) => MODULE_FILE.test(href));
}

/** The parts of their area's module these module files bring, by name: `split_<part>.wasm`, or
 *  `pack_<part>.bin` (the part with its chunks). */
export function partsIn(modules: string[]): string[] {
  return modules.flatMap((name) => name.match(/\/(?:split|pack)_([a-z_]+)\.(?:wasm|bin)$/)?.[1] ?? []);
}

/** The parts of the cabinet's module that draw an application's page, one per service with
 *  pages of its own: a page brings its own service's and no other's. */
export const APPLICATION_PARTS = [
  'defined_form',
  'place_of_stay_application',
  'debt_certificate_application',
  'customs_application',
  'other_application',
];
