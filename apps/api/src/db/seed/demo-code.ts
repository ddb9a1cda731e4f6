import { Secret, TOTP } from 'otpauth';
import { DEMO_USERS } from './demo-users.js';

/**
 * `pnpm demo:code`: the current sign-in code of each demo staff account (ADMIN, CONSULTANT), which must
 * sign in with a second factor. The same as an authenticator app shows after adding the README's secret.
 */
for (const user of DEMO_USERS) {
  if (!user.totpSecret) continue;
  const totp = new TOTP({ issuer: 'Filiera', label: user.email, secret: Secret.fromBase32(user.totpSecret) });
  const left = 30 - (Math.floor(Date.now() / 1000) % 30);
  console.log(`${user.email.padEnd(28)} ${totp.generate()}   (valid ${left} s more)`);
}
