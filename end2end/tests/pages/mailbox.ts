// The development server's mailbox (development only): the e-mails the portal sent.
import { expect, type APIRequestContext } from '@playwright/test';

interface Mail {
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
        const mails: Mail[] = await (await request.get('/api/dev/mailbox')).json();
        const mail = mails.find((m) => m.recipient === to && subject.test(m.subject));
        link = mail?.body.match(/https?:\/\/\S+/)?.[0] ?? '';
        return link;
      },
      { timeout: 15_000 },
    )
    .not.toBe('');
  return new URL(link).pathname + new URL(link).search;
}
