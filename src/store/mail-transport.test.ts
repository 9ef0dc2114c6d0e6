import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '../core/outbox/message.js';
import { createLogTransport, createSmtpTransport, encodeHeader } from './mail-transport.js';

type Fake = { port: number; transcript: string[]; data: string[]; close: () => Promise<void> };

/** A scripted SMTP server on loopback; `reply` may override the answer to a command. */
function fakeSmtp(reply: (command: string) => string | null = () => null): Promise<Fake> {
  const transcript: string[] = [];
  const data: string[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    socket.write('220 fake.smtp ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          data.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write('250 queued\r\n');
          continue;
        }
        const i = buffer.indexOf('\r\n');
        if (i < 0) return;
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        transcript.push(line);
        const custom = reply(line);
        if (custom) {
          socket.write(`${custom}\r\n`);
          continue;
        }
        const verb = line.split(' ')[0]!.toUpperCase();
        if (verb === 'EHLO') socket.write('250-fake.smtp\r\n250-AUTH PLAIN\r\n250 8BITMIME\r\n');
        else if (verb === 'AUTH') socket.write('235 ok\r\n');
        else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') {
          socket.write('221 bye\r\n');
          socket.end();
        } else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as net.AddressInfo).port,
        transcript,
        data,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

const message: OutboxMessage = {
  id: 1,
  to: 'mei.lin@example.org',
  subject: 'Verify your e-mail address for ITTC / 验证您的 ITTC 邮箱',
  text: 'Hello,\nfollow https://ittc.example.org/verify-email?token=abc\n请点击链接。\n.leading dot line',
  kind: 'verify_email',
  userId: null,
  createdAt: new Date('2026-11-26T09:00:00Z'),
  status: 'sending',
  attempts: 0,
  nextAttemptAt: new Date('2026-11-26T09:00:00Z'),
  sentAt: null,
  transport: null,
  lastError: null,
};

describe('the SMTP transport', () => {
  let fake: Fake | null = null;
  afterEach(async () => {
    await fake?.close();
    fake = null;
  });

  it('authenticates, sends one UTF-8 message and quits', async () => {
    fake = await fakeSmtp();
    const smtp = createSmtpTransport({ url: `smtp://mailer%40ittc:s3cret%21@127.0.0.1:${fake.port}?starttls=off`, from: 'ITTC <no-reply@ittc.example.org>' });
    await smtp.send(message);
    expect(fake.transcript[0]).toMatch(/^EHLO /);
    const auth = fake.transcript.find((l) => l.startsWith('AUTH PLAIN '))!;
    expect(Buffer.from(auth.slice(11), 'base64').toString('utf8')).toBe('\0mailer@ittc\0s3cret!');
    expect(fake.transcript.slice(2)).toEqual(['MAIL FROM:<no-reply@ittc.example.org>', 'RCPT TO:<mei.lin@example.org>', 'DATA', 'QUIT']);
    const [raw] = fake.data;
    const [head, body] = raw!.split('\r\n\r\n');
    expect(head).toMatch(/^From: ITTC <no-reply@ittc\.example\.org>\r\nTo: <mei\.lin@example\.org>\r\nSubject: =\?UTF-8\?B\?/);
    expect(head).toMatch(/Content-Type: text\/plain; charset=utf-8/);
    expect(Buffer.from(body!.replace(/\r\n/g, ''), 'base64').toString('utf8')).toBe(message.text.replace(/\n/g, '\r\n'));
  });

  it('fails with the server’s answer when a recipient is refused, so the outbox retries', async () => {
    fake = await fakeSmtp((line) => (line.startsWith('RCPT') ? '550 no such mailbox' : null));
    const smtp = createSmtpTransport({ url: `smtp://127.0.0.1:${fake.port}`, from: 'no-reply@ittc.example.org' });
    await expect(smtp.send(message)).rejects.toThrow(/RCPT TO:<mei\.lin@example\.org>: 550 no such mailbox/);
    expect(fake.transcript.some((l) => l.startsWith('AUTH'))).toBe(false);
  });

  it('fails when nothing listens', async () => {
    const closed = await fakeSmtp();
    await closed.close();
    const smtp = createSmtpTransport({ url: `smtp://127.0.0.1:${closed.port}`, from: 'x@y.org', timeoutMs: 2000 });
    await expect(smtp.send(message)).rejects.toThrow();
  });

  it('encodes non-ASCII headers as folded encoded words that decode back', () => {
    const subject = '验证您的 ITTC 邮箱，这是一个很长的主题行，需要折叠成好几个编码字';
    const encoded = encodeHeader(subject);
    expect(encoded.split('\r\n ').every((w) => w.length <= 75)).toBe(true);
    const decoded = encoded
      .split('\r\n ')
      .map((w) => Buffer.from(/=\?UTF-8\?B\?(.*)\?=/.exec(w)![1]!, 'base64').toString('utf8'))
      .join('');
    expect(decoded).toBe(subject);
    expect(encodeHeader('Plain subject')).toBe('Plain subject');
  });
});

describe('the log transport', () => {
  it('writes the whole message to the log', async () => {
    const lines: [Record<string, unknown>, string][] = [];
    await createLogTransport((fields, msg) => lines.push([fields, msg])).send(message);
    expect(lines).toEqual([[expect.objectContaining({ to: message.to, subject: message.subject, text: message.text }), 'e-mail (no SMTP configured)']]);
  });
});
