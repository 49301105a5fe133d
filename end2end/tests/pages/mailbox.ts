// The e-mails the portal sent, as the SMTP capture server of the run received them
// (mail-capture.mjs).
import { expect, type APIRequestContext } from '@playwright/test';

const CAPTURED = 'http://127.0.0.1:2580/messages';

interface Mail {
  message_id: string;
  recipient: string;
  subject: string;
  body: string;
}

/** Waits for the newest e-mail to `to` whose subject matches, and returns the link in it. */
export async function linkFromMail(request: APIRequestContext, to: string, subject: RegExp): Promise<string> {
  let link = '';
  await expect
    .poll(
      async () => {
        const mails: Mail[] = await (await request.get(CAPTURED)).json();
        const mail = mails.find((m) => m.recipient === to && subject.test(m.subject));
        link = mail?.body.match(/https?:\/\/\S+/)?.[0] ?? '';
        return link;
      },
      { timeout: 15_000 },
    )
    .not.toBe('');
  return new URL(link).pathname + new URL(link).search;
}

/** Waits for the newest text (SMS) to `to` in the development server's SMS box, and returns the
 *  six-digit code in it. (Texts go to the dev mailbox; there is no SMS capture server.) */
export async function codeFromSms(request: APIRequestContext, to: string): Promise<string> {
  let code = '';
  await expect
    .poll(
      async () => {
        const texts: (Mail & { channel: string })[] = await (await request.get('/api/dev/mailbox')).json();
        const text = texts.find((t) => t.channel === 'sms' && t.recipient === to);
        code = text?.body.match(/\d{6}/)?.[0] ?? '';
        return code;
      },
      { timeout: 15_000 },
    )
    .not.toBe('');
  return code;
}
