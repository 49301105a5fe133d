// A real SMTP server for the end-to-end run: the portal sends its e-mails here over SMTP, as it
// would to a relay in production, and the tests read them back over HTTP (newest first):
//   GET http://127.0.0.1:2580/messages → [{ message_id, recipient, subject, body }]
import { createServer } from 'node:http';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export const SMTP_PORT = 2525;
export const HTTP_PORT = 2580;

const mails = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        for (const to of session.envelope.rcptTo) {
          mails.unshift({
            message_id: mail.messageId ?? '',
            recipient: to.address,
            subject: mail.subject ?? '',
            body: mail.text ?? '',
          });
        }
        callback();
      })
      .catch(callback);
  },
});
smtp.listen(SMTP_PORT, '127.0.0.1');

createServer((request, response) => {
  if (request.url === '/messages') {
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.end(JSON.stringify(mails));
  } else {
    response.statusCode = 404;
    response.end();
  }
}).listen(HTTP_PORT, '127.0.0.1');
