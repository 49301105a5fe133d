// The back office's demo officers (development settings seed them) and the citizens the
// back-office tests need, made through the API as the forms would.
import { expect, request as requests, type APIRequestContext, type Browser, type Page, type TestInfo } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkFromMail } from './mailbox';

export const OFFICER_PASSWORD = 'Demo-officer-2026';

/** The migration service's demo officer each project works as: the two projects run at once,
 *  and an authenticator code is accepted once. */
export function migrationOfficer(project: string): string {
  return project === 'phone' ? 'supervisor@demo.qapi.az' : 'officer@demo.qapi.az';
}

/** The customs committee's demo officer each project works as. */
export function customsOfficer(project: string): string {
  return project === 'phone' ? 'customs.supervisor@demo.qapi.az' : 'customs@demo.qapi.az';
}

/** The code the officer's authenticator app shows now (the development page stands in for it). */
export async function officerCode(request: APIRequestContext, email: string): Promise<string> {
  const officers: { email: string; code: string }[] = await (await request.get('/api/dev/officers')).json();
  return officers.find((o) => o.email === email)!.code;
}

/** Waits until the officer's authenticator shows a code other than `used`. */
async function nextCode(request: APIRequestContext, email: string, used: string): Promise<string> {
  let code = used;
  await expect.poll(async () => (code = await officerCode(request, email)), { timeout: 35_000 }).not.toBe(used);
  return code;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Types the officer's codes one login at a time across the run's workers. An authenticator code
 *  is accepted once, so two workers logging one officer in at once lose codes to each other (and
 *  each refused code counts against the officer's five failed logins). The run's folder holds a
 *  lock per officer (a directory: made atomically or not at all) and the last code accepted; the
 *  holder waits for a newer code than that one. `tryCode` answers whether the code was accepted. */
async function withFreshCode(request: APIRequestContext, email: string, tryCode: (code: string) => Promise<boolean>): Promise<void> {
  const folder = join(process.env.E2E_RUN_DIR!, 'officer-logins');
  mkdirSync(folder, { recursive: true });
  const lock = join(folder, `${email}.lock`);
  const last = join(folder, `${email}.used`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A holder gone for longer than a login can take (three rounds of up to 35 s: its worker
      // was killed) leaves the lock behind.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 150_000) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
    }
  }
  try {
    const used = existsSync(last) ? readFileSync(last, 'utf8') : '';
    let code = await officerCode(request, email);
    for (let attempt = 0; attempt < 3; attempt++) {
      if (code === used || attempt > 0) code = await nextCode(request, email, code);
      if (await tryCode(code)) {
        writeFileSync(last, code);
        return;
      }
    }
    throw new Error(`${email} could not log in: three fresh codes refused`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Logs the officer in on the login page: password, then the authenticator's code. The
 *  officer lands on the page their role starts at, whose heading is `landing`. */
export async function logInAsOfficer(page: Page, email: string, landing = 'Müraciətlər növbəsi'): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-poçt ünvanı').fill(email);
  await page.getByLabel('Şifrə', { exact: true }).fill(OFFICER_PASSWORD);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Təsdiq kodu' })).toBeFocused();
  await withFreshCode(page.request, email, async (code) => {
    await page.getByLabel('Kod', { exact: true }).fill(code);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/session/second-factor'));
    await page.getByRole('button', { name: 'Təsdiqlə' }).click();
    return (await answer).ok();
  });
  await expect(page.getByRole('heading', { level: 1, name: landing })).toBeVisible({ timeout: 15_000 });
}

/** A request context of its own (its own cookies) logged in as the officer. */
export async function officerApi(baseURL: string, email: string): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await requests.newContext({ baseURL });
  const step = await (await api.post('/api/session', { data: { email, password: OFFICER_PASSWORD } })).json();
  let csrf = '';
  await withFreshCode(api, email, async (code) => {
    const done = await api.post('/api/session/second-factor', { data: { challenge: step.challenge, code } });
    if (done.ok()) csrf = (await done.json()).session.csrf_token;
    return done.ok();
  });
  return { api, csrf };
}

/** A host registered by the API as the form would (captcha, both links, a password). */
export async function registerHost(request: APIRequestContext, email: string, password: string): Promise<void> {
  const { id } = await (await request.post('/api/captcha', { data: {} })).json();
  const { answer } = await (await request.get(`/api/dev/captcha/${id}`)).json();
  const registered = await request.post('/api/hosts', {
    data: {
      kind: 'natural', document_type: 'id_card', document_number: 'AA7654321', document_issued: '2020-05-04',
      surname: 'Rəhimova', name: 'Aygün', gender: 'female', citizenship: 'AZ', birth_date: '1979-09-12',
      birth_country: 'AZ', mobile_phone: '055 765 43 21', email, region: 'baki', street: 'Nizami küçəsi',
      captcha_id: id, captcha_answer: answer,
    },
  });
  expect(registered.status()).toBe(202);
  const confirm = new URL(await linkFromMail(request, email, /təsdiqləyin/), 'http://x').searchParams.get('token');
  expect((await request.post('/api/accounts/confirm', { data: { token: confirm } })).ok()).toBe(true);
  const set = new URL(await linkFromMail(request, email, /şifrənizi/), 'http://x').searchParams.get('token');
  expect((await request.post('/api/accounts/password', { data: { token: set, password } })).ok()).toBe(true);
}

/** The officer verifies the host's address waiting longest. */
export async function verifyHost(officer: { api: APIRequestContext; csrf: string }, email: string): Promise<void> {
  const waiting: { place_id: number; email: string }[] = await (await officer.api.get('/api/office/hosts')).json();
  const place = waiting.find((p) => p.email === email)!;
  const verified = await officer.api.post(`/api/office/host-addresses/${place.place_id}/verify`, {
    headers: { 'x-csrf-token': officer.csrf },
  });
  expect(verified.status()).toBe(204);
}

/** A browser of the officer's own, shaped like the project's. */
export async function desk(browser: Browser, info: TestInfo): Promise<Page> {
  const { baseURL, locale, viewport, isMobile, hasTouch, deviceScaleFactor } = info.project.use;
  const context = await browser.newContext({ baseURL, locale, viewport, isMobile, hasTouch, deviceScaleFactor });
  return context.newPage();
}

/**
 * Closes the officer's browser and goes back to the page that carries on: only the page in front
 * has the keyboard's focus, so a check of where an app put the focus would otherwise find that
 * page inactive.
 */
export async function leaveDesk(officer: Page, back: Page): Promise<void> {
  await officer.context().close();
  await back.bringToFront();
}

/** The demo officers' e-signature PIN (the simulated signing service's, in the README). */
export const SIGNING_PIN = '2026';

/** Signs the decision with the officer's e-signature PIN and sends it. */
export async function sendDecision(officer: Page): Promise<void> {
  await officer.getByLabel('E-imzanın PIN kodu').fill(SIGNING_PIN);
  await officer.getByRole('button', { name: 'Qərarı göndər' }).click();
}
