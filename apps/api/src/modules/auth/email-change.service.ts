import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { requireViewer } from '../../common/auth.js';
import { badField, DomainError, ErrorCode } from '../../common/errors.js';
import { parseInput } from '../../common/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { queueMail } from '../mail/mail.service.js';
import { UserEntity } from '../user/user.entity.js';
import { assertCurrentPassword, userWithPasswordHash } from './current-password.js';
import { hashToken, newToken } from '../../common/tokens.js';

/** A confirmation link works for a day, once; a person may ask three times an hour. */
export const EMAIL_CHANGE_LIMITS = { linkHours: 24, perHour: 3 } as const;

const requestSchema = z.object({
  newEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(320, 'is too long')
    .pipe(z.email({ message: 'is not a valid e-mail address' })),
  password: z.string().min(1, 'is required').max(1000, 'is too long'),
});

const CONFIRM_MAIL = {
  it: (name: string, url: string) => ({
    subject: 'Conferma il tuo nuovo indirizzo e-mail - Filiera',
    paragraphs: [`Ciao ${name},`, 'hai chiesto di usare questo indirizzo per accedere a Filiera.'],
    action: { label: 'Conferma il nuovo indirizzo', url },
    after: [
      `Il collegamento vale ${EMAIL_CHANGE_LIMITS.linkHours} ore e una sola volta. Finché non lo apri, per accedere resta valido il vecchio indirizzo.`,
      'Se non l’hai chiesto tu, ignora questa e-mail.',
    ],
  }),
  en: (name: string, url: string) => ({
    subject: 'Confirm your new e-mail address - Filiera',
    paragraphs: [`Hello ${name},`, 'you asked to sign in to Filiera with this address.'],
    action: { label: 'Confirm the new address', url },
    after: [
      `The link works for ${EMAIL_CHANGE_LIMITS.linkHours} hours, once. Until you open it, you keep signing in with the old address.`,
      'If you did not ask for this, ignore this e-mail.',
    ],
  }),
} as const;

const NOTICE_MAIL = {
  it: (name: string, newEmail: string) => ({
    subject: 'Richiesta di cambio dell’indirizzo e-mail - Filiera',
    paragraphs: [
      `Ciao ${name},`,
      `è stato chiesto di cambiare l’indirizzo con cui accedi a Filiera in ${newEmail}. Il cambio avviene solo quando il nuovo indirizzo lo conferma.`,
      'Se non sei stato tu, cambia subito la password dalla pagina "Il mio account" e avvisa il gestore della rete.',
    ],
  }),
  en: (name: string, newEmail: string) => ({
    subject: 'Request to change your e-mail address - Filiera',
    paragraphs: [
      `Hello ${name},`,
      `someone asked to change the address you sign in to Filiera with to ${newEmail}. It changes only once the new address confirms it.`,
      'If this was not you, change your password at once on the "My account" page and tell the network manager.',
    ],
  }),
} as const;

/**
 * Asks to change the viewer's sign-in e-mail (current password required): a one-time link goes to the new
 * address and a notice to the old one, both through the outbox in the person's language. Nothing changes
 * until the link is opened; a newer request replaces an older one.
 */
export async function requestEmailChange(ctx: Context, rawInput: unknown): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const input = parseInput(requestSchema, rawInput);
  const user = await userWithPasswordHash(ctx, viewer.userId);
  await assertCurrentPassword(user, input.password, 'password');
  if (input.newEmail === user.email.toLowerCase()) {
    throw badField('newEmail', 'unchanged', 'is already your address');
  }
  await ctx.ds.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('email-change:' || $1))`, [user.id]);
    const [recent] = (await manager.query(
      `SELECT count(*)::int AS n FROM email_change WHERE user_id = $1 AND created_at > now() - interval '1 hour'`,
      [user.id],
    )) as { n: number }[];
    if ((recent?.n ?? 0) >= EMAIL_CHANGE_LIMITS.perHour) {
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        'Too many e-mail change requests: try again in an hour.',
        {
          retryAfterSeconds: 3600,
        },
      );
    }
    await assertAddressFree(manager, input.newEmail);
    // Only the newest link works.
    await manager.query(`UPDATE email_change SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [
      user.id,
    ]);
    const token = newToken();
    await manager.query(
      `INSERT INTO email_change (user_id, new_email, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
      [user.id, input.newEmail, hashToken(token), EMAIL_CHANGE_LIMITS.linkHours],
    );
    const url = `${ctx.config.publicUrl}/confirm-email/${token}`;
    await queueMail(manager, {
      kind: 'EMAIL_CHANGE_CONFIRM',
      to: input.newEmail,
      language: user.language,
      content: CONFIRM_MAIL[user.language](user.name, url),
    });
    await queueMail(manager, {
      kind: 'EMAIL_CHANGE_NOTICE',
      to: user.email,
      language: user.language,
      content: NOTICE_MAIL[user.language](user.name, input.newEmail),
    });
    await recordAudit(manager, ctx, {
      action: 'REQUEST_EMAIL_CHANGE',
      entityType: 'User',
      entityId: user.id,
      after: { requestedEmail: input.newEmail },
    });
  });
  return true;
}

async function assertAddressFree(manager: EntityManager, email: string) {
  const [taken] = (await manager.query(`SELECT 1 FROM app_user WHERE lower(email) = $1`, [
    email,
  ])) as unknown[];
  if (taken) throw badField('newEmail', 'taken', 'already belongs to an account');
}

const confirmSchema = z.object({
  token: z.string().min(1, 'is required').max(200, 'is not a confirmation link'),
});

const invalidLink = (reason: 'unknown' | 'used' | 'expired') =>
  new DomainError(ErrorCode.BAD_USER_INPUT, 'This confirmation link is not valid any more.', {
    field: 'token',
    reason,
  });

/**
 * Confirms a new sign-in e-mail from its link (whoever holds it): works once and within a day; the
 * account's address changes now. Answers the new address.
 */
export async function confirmEmailChange(ctx: Context, rawInput: unknown): Promise<string> {
  const { token } = parseInput(confirmSchema, rawInput);
  return ctx.ds.transaction(async (manager) => {
    const [change] = (await manager.query(
      `SELECT id, user_id, new_email, expires_at, used_at FROM email_change WHERE token_hash = $1 FOR UPDATE`,
      [hashToken(token)],
    )) as { id: string; user_id: string; new_email: string; expires_at: Date; used_at: Date | null }[];
    if (!change) throw invalidLink('unknown');
    if (change.used_at) throw invalidLink('used');
    if (change.expires_at <= new Date()) throw invalidLink('expired');
    const user = await manager.findOne(UserEntity, {
      where: { id: change.user_id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!user?.active) throw invalidLink('unknown');
    await assertAddressFree(manager, change.new_email);
    await manager.update(UserEntity, user.id, { email: change.new_email, version: user.version + 1 });
    await manager.query(`UPDATE email_change SET used_at = now() WHERE id = $1`, [change.id]);
    await recordAudit(manager, ctx, {
      action: 'CONFIRM_EMAIL_CHANGE',
      entityType: 'User',
      entityId: user.id,
      actorId: ctx.viewer?.userId ?? null,
      before: { email: user.email },
      after: { email: change.new_email },
    });
    return change.new_email;
  });
}
