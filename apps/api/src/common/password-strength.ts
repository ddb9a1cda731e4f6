import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as it from '@zxcvbn-ts/language-it';
import { PASSWORD_MIN_LENGTH } from '@filiera/shared';
import { DomainError, ErrorCode, badField } from './errors.js';

/** zxcvbn's score (0–4) a chosen password must reach: 3 is "safely unguessable" (about 10^10 guesses). */
export const PASSWORD_MIN_SCORE = 3;

/** Words of this product and place, which a guesser of a Filiera password would try first. */
const FILIERA_WORDS = [
  'filiera',
  'segromigno',
  'capannori',
  'lucca',
  'calzaturificio',
  'calzature',
  'scarpe',
  'rete',
  'impresa',
  'consulente',
  'camera',
  'admin',
];

let factory: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries (common passwords, Italian and English words and names) are large. */
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: {
      ...common.dictionary,
      ...en.dictionary,
      // The Italian lists share their names with the English ones: keep both.
      ...Object.fromEntries(Object.entries(it.dictionary).map(([name, words]) => [`${name}-it`, words])),
      filiera: FILIERA_WORDS,
    },
  });
  return factory;
}

/** Builds the checker now (about a second of CPU), so the first person choosing a password does not wait. */
export function warmPasswordStrength(): void {
  zxcvbn();
}

/**
 * Refuses a password that is too short or too easy to guess, naming the field. A weak one gets reason
 * `weak` and zxcvbn's `warning` key (e.g. `common`, `userInputs`, `keyPattern`), which the web app
 * words in the person's language. `personal` are the person's own e-mail and name, guessed first.
 */
export function assertStrongPassword(field: string, password: string, personal: string[] = []): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw badField(field, 'too_small', `must have at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  if (password.length > 200) throw badField(field, 'too_big', 'is too long');
  const inputs = personal
    .flatMap((p) => [p, ...p.toLowerCase().split(/[^\p{L}\p{N}]+/u)])
    .filter((p) => p.length > 2);
  // zxcvbn's time grows with the length; the first 100 characters decide how guessable it is.
  const result = zxcvbn().check(password.slice(0, 100), inputs);
  if (result.score >= PASSWORD_MIN_SCORE) return;
  const warning = result.feedback.warning ?? null;
  throw new DomainError(
    ErrorCode.BAD_USER_INPUT,
    `${field}: is too easy to guess${warning ? ` (${warning})` : ''}`,
    {
      field,
      reason: 'weak',
      warning,
      fields: [{ field, reason: 'weak', message: 'is too easy to guess', warning }],
    },
  );
}
