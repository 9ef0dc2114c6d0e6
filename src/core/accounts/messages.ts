import type { NewMessage } from '../outbox/message.js';
import type { User } from './user.js';

/** E-mails of the accounts context, in English and Chinese. Links carry the token as a query parameter. */

const hours = (ms: number) => Math.round(ms / 3_600_000);

export function verificationMessage(user: Pick<User, 'id' | 'email' | 'name'>, link: string, ttlMs: number, at: Date): NewMessage {
  return {
    to: user.email,
    userId: user.id,
    kind: 'verify_email',
    subject: 'Verify your e-mail address for ITTC / 验证您的 ITTC 邮箱',
    text: [
      `Hello ${user.name},`,
      '',
      'Please confirm your e-mail address for the International Technology Transfer Center (ITTC):',
      link,
      '',
      `The link works once and expires in ${hours(ttlMs)} hours. If you did not sign up, ignore this message.`,
      '',
      `${user.name}，您好：`,
      '请点击以下链接验证您在国际技术转移中心（ITTC）的邮箱：',
      link,
      `该链接仅可使用一次，${hours(ttlMs)} 小时内有效。如非本人注册，请忽略本邮件。`,
    ].join('\n'),
    at,
  };
}

export function passwordResetMessage(user: Pick<User, 'id' | 'email' | 'name'>, link: string, ttlMs: number, at: Date): NewMessage {
  const minutes = Math.round(ttlMs / 60_000);
  return {
    to: user.email,
    userId: user.id,
    kind: 'reset_password',
    subject: 'Reset your ITTC password / 重置您的 ITTC 密码',
    text: [
      `Hello ${user.name},`,
      '',
      'Someone (hopefully you) asked to reset the password of your ITTC account. Choose a new one here:',
      link,
      '',
      `The link works once and expires in ${minutes} minutes. If you did not ask for it, ignore this message: your password stays as it is.`,
      '',
      `${user.name}，您好：`,
      '我们收到了重置您 ITTC 账户密码的请求。请点击以下链接设置新密码：',
      link,
      `该链接仅可使用一次，${minutes} 分钟内有效。如非本人操作，请忽略本邮件，您的密码不会改变。`,
    ].join('\n'),
    at,
  };
}

/** Sent instead of a second account when someone signs up with an address that has one (no enumeration). */
export function accountExistsMessage(user: Pick<User, 'id' | 'email' | 'name'>, signInUrl: string, resetUrl: string, at: Date): NewMessage {
  return {
    to: user.email,
    userId: user.id,
    kind: 'account_exists',
    subject: 'You already have an ITTC account / 您已有 ITTC 账户',
    text: [
      `Hello ${user.name},`,
      '',
      'Someone tried to sign up for ITTC with this e-mail address, which already has an account.',
      `If it was you, sign in at ${signInUrl} or reset your password at ${resetUrl}. Otherwise ignore this message.`,
      '',
      `${user.name}，您好：`,
      '有人尝试使用此邮箱注册 ITTC，但该邮箱已有账户。',
      `如是本人，请在 ${signInUrl} 登录，或在 ${resetUrl} 重置密码；否则请忽略本邮件。`,
    ].join('\n'),
    at,
  };
}
