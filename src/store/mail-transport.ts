import net from 'node:net';
import os from 'node:os';
import tls from 'node:tls';
import { randomUUID } from 'node:crypto';
import type { MailTransport, OutboxMessage } from '../core/outbox/message.js';

/**
 * Mail transports for the outbox sender: SMTP (ITTC_SMTP_URL), or the log in development.
 * The SMTP client is small on purpose: EHLO, STARTTLS when offered (or implicit TLS with
 * smtps://), AUTH PLAIN when the URL has a user, one message per connection, UTF-8 text.
 */

export type SmtpSettings = {
  /** smtp://user:pass@host:587 (STARTTLS when offered; ?starttls=required|off), or smtps://user:pass@host:465. */
  url: string;
  /** The From header, e.g. "ITTC <no-reply@ittc.example.org>". */
  from: string;
  timeoutMs?: number;
  /** Extra TLS options (tests pass a self-signed CA). */
  tls?: tls.ConnectionOptions;
};

type Reply = { code: number; text: string };

/** Reads SMTP replies (possibly multi-line) from a socket, one at a time. */
function replyReader(socket: net.Socket) {
  let buffer = '';
  const lines: string[] = [];
  let waiting: { resolve: (r: Reply) => void; reject: (e: Error) => void } | null = null;
  let failure: Error | null = null;

  const tryDeliver = () => {
    if (!waiting) return;
    if (failure) {
      const w = waiting;
      waiting = null;
      w.reject(failure);
      return;
    }
    const end = lines.findIndex((l) => /^\d{3}(?: |$)/.test(l));
    if (end < 0) return;
    const reply = lines.splice(0, end + 1);
    const w = waiting;
    waiting = null;
    w.resolve({ code: Number(reply.at(-1)!.slice(0, 3)), text: reply.map((l) => l.slice(4)).join('\n') });
  };
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let i: number;
    while ((i = buffer.indexOf('\n')) >= 0) {
      lines.push(buffer.slice(0, i).replace(/\r$/, ''));
      buffer = buffer.slice(i + 1);
    }
    tryDeliver();
  };
  const onEnd = (err?: Error) => {
    failure ??= err ?? new Error('SMTP connection closed');
    tryDeliver();
  };
  socket.on('data', onData);
  socket.on('error', onEnd);
  socket.on('close', () => onEnd());
  return {
    next: () =>
      new Promise<Reply>((resolve, reject) => {
        waiting = { resolve, reject };
        tryDeliver();
      }),
    detach: () => {
      socket.off('data', onData);
    },
  };
}

const addressOf = (header: string) => /<([^>]+)>/.exec(header)?.[1] ?? header.trim();

/** RFC 2047 encoded words for a non-ASCII header value, folded. */
export function encodeHeader(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const ch of value) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join('\r\n ');
}

/** The message as it goes after DATA: headers, then the UTF-8 text in base64 lines, then the end mark. */
export function formatMessage(message: Pick<OutboxMessage, 'to' | 'subject' | 'text' | 'createdAt'>, from: string, domain: string): string {
  const body = Buffer.from(message.text.replace(/\r?\n/g, '\r\n'), 'utf8').toString('base64').replace(/.{1,76}/g, '$&\r\n');
  return [
    `From: ${from}`,
    `To: <${message.to}>`,
    `Subject: ${encodeHeader(message.subject)}`,
    `Date: ${message.createdAt.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${randomUUID()}@${domain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    body,
  ].join('\r\n') + '.\r\n';
}

export function createSmtpTransport(settings: SmtpSettings): MailTransport {
  const url = new URL(settings.url);
  const implicitTls = url.protocol === 'smtps:';
  const host = url.hostname;
  const port = Number(url.port) || (implicitTls ? 465 : 587);
  const startTls = url.searchParams.get('starttls') ?? 'optional';
  const user = decodeURIComponent(url.username);
  const pass = decodeURIComponent(url.password);
  const timeoutMs = settings.timeoutMs ?? 30_000;
  const fromAddress = addressOf(settings.from);
  const domain = fromAddress.split('@')[1] ?? 'localhost';
  const tlsOptions = { servername: net.isIP(host) ? undefined : host, ...settings.tls };

  return {
    name: 'smtp',
    async send(message) {
      let socket: net.Socket = await new Promise<net.Socket>((resolve, reject) => {
        const s = implicitTls ? tls.connect({ host, port, ...tlsOptions }, () => resolve(s)) : net.connect({ host, port }, () => resolve(s));
        s.once('error', reject);
      });
      socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`SMTP timeout after ${timeoutMs} ms`)));
      let reader = replyReader(socket);
      const command = async (line: string | null, expect: number[]): Promise<Reply> => {
        if (line !== null) socket.write(`${line}\r\n`);
        const reply = await reader.next();
        if (!expect.includes(reply.code)) {
          const shown = line?.startsWith('AUTH') ? 'AUTH PLAIN ***' : (line ?? '(greeting)');
          throw new Error(`SMTP ${shown}: ${reply.code} ${reply.text.slice(0, 200)}`);
        }
        return reply;
      };
      try {
        await command(null, [220]);
        let ehlo = await command(`EHLO ${os.hostname() || 'ittc'}`, [250]);
        const offersTls = /^STARTTLS$/im.test(ehlo.text);
        if (!implicitTls && startTls !== 'off' && (offersTls || startTls === 'required')) {
          await command('STARTTLS', [220]);
          reader.detach();
          socket = await new Promise<net.Socket>((resolve, reject) => {
            const s = tls.connect({ socket, ...tlsOptions }, () => resolve(s));
            s.once('error', reject);
          });
          socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`SMTP timeout after ${timeoutMs} ms`)));
          reader = replyReader(socket);
          ehlo = await command(`EHLO ${os.hostname() || 'ittc'}`, [250]);
        }
        if (user) await command(`AUTH PLAIN ${Buffer.from(`\0${user}\0${pass}`, 'utf8').toString('base64')}`, [235]);
        await command(`MAIL FROM:<${fromAddress}>`, [250]);
        await command(`RCPT TO:<${message.to}>`, [250, 251]);
        await command('DATA', [354]);
        await command(formatMessage(message, settings.from, domain).replace(/\r\n$/, ''), [250]);
        await command('QUIT', [221]).catch(() => undefined);
      } finally {
        socket.destroy();
      }
    },
  };
}

/** Development without SMTP: the message is written to the log at info level and stays readable in the outbox. */
export function createLogTransport(log: (fields: Record<string, unknown>, message: string) => void): MailTransport {
  return {
    name: 'log',
    async send(message) {
      log({ outbox_id: message.id, to: message.to, subject: message.subject, kind: message.kind, text: message.text }, 'e-mail (no SMTP configured)');
    },
  };
}
