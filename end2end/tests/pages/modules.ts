// The wasm modules a page asks for and the ones its HTML preloads: a deep link should fetch
// nothing its page did not preload.
import type { Page } from '@playwright/test';

/** The wasm files the page requests from now on, by path, in the order it asks for them. */
export function wasmRequests(page: Page): string[] {
  const modules: string[] = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname;
    if (name.endsWith('.wasm')) modules.push(name);
  });
  return modules;
}

/** The wasm files a page's HTML preloads, by path. */
export function preloadedModules(html: string): string[] {
  return [...html.matchAll(/<link rel="preload" href="([^"]+\.wasm)"/g)].map((m) => m[1]);
}
