import type { GraphQLResolveInfo } from 'graphql';
import type { Role } from '@filiera/shared';
import type { Context, Viewer } from '../context.js';
import { forbidden, twoFactorEnrolmentRequired, unauthenticated } from './errors.js';

/**
 * A named permission rule. Every root Query and Mutation field is wrapped by `authorize` with one
 * of these, so the schema has no field that is open by omission (a test checks it).
 */
export interface Rule {
  readonly name: string;
  /** Anonymous visitors pass only rules that do not require sign-in. */
  readonly requiresSignIn: boolean;
  /** Open to a person who must enrol two-factor sign-in before anything else (see Viewer). */
  readonly duringEnrolment?: boolean;
  allows(viewer: Viewer | null): boolean;
}

export const anyone: Rule = { name: 'anyone', requiresSignIn: false, allows: () => true };

export const signedIn: Rule = { name: 'signedIn', requiresSignIn: true, allows: (v) => v !== null };

/** Anonymous visitors and every role but the given ones (e.g. public forms the Chamber must not use). */
export function anyoneExcept(...roles: Role[]): Rule {
  return {
    name: `anyone-except:${roles.join('|')}`,
    requiresSignIn: false,
    allows: (v) => v === null || !roles.includes(v.role),
  };
}

/** Signed in with one of the given roles. */
export function hasRole(...roles: Role[]): Rule {
  return {
    name: `role:${roles.join('|')}`,
    requiresSignIn: true,
    allows: (v) => v !== null && roles.includes(v.role),
  };
}

/** Throws UNAUTHENTICATED (with SESSION_EXPIRED when the cookie's session ran out) or FORBIDDEN. */
export function assertRule(ctx: Context, rule: Rule): void {
  if (rule.requiresSignIn && !ctx.viewer) {
    throw unauthenticated(ctx.sessionExpired ? 'SESSION_EXPIRED' : 'SIGN_IN_REQUIRED');
  }
  if (rule.requiresSignIn && ctx.viewer?.twoFactorEnrolmentRequired && !rule.duringEnrolment) {
    throw twoFactorEnrolmentRequired();
  }
  if (!rule.allows(ctx.viewer)) throw forbidden(rule.name);
}

/**
 * The signed-in viewer, or UNAUTHENTICATED. For services, after their root field's rule has let the
 * viewer through (which is where two-factor enrolment is required).
 */
export function requireViewer(ctx: Context): Viewer {
  assertRule(ctx, { ...signedIn, duringEnrolment: true });
  return ctx.viewer as Viewer;
}

/** A bare object-level check; modules state theirs as an `objectPolicy` and call `authorizeObject`. */
export function assertCan(allowed: boolean, ruleName: string): void {
  if (!allowed) throw forbidden(ruleName);
}

/** One object-level rule: its name (said in FORBIDDEN) and whether a signed-in viewer passes on `object`. */
export interface ObjectRule<O> {
  readonly name: string;
  allows(viewer: Viewer, object: O): boolean;
}

export const objectRule = <O>(
  name: string,
  allows: (viewer: Viewer, object: O) => boolean,
): ObjectRule<O> => ({
  name,
  allows,
});

/**
 * A module's object-level permissions (after outline's server/policies): for each typed action, the
 * rule that says whether a viewer may do it to that object. Deny by default: no viewer, no action.
 */
export interface ObjectPolicy<Actions> {
  readonly name: string;
  readonly rules: { readonly [A in keyof Actions]: ObjectRule<Actions[A]> };
}

export function objectPolicy<Actions>(
  name: string,
  rules: { readonly [A in keyof Actions]: ObjectRule<Actions[A]> },
): ObjectPolicy<Actions> {
  return { name, rules };
}

/** Whether `viewer` may do `action` to `object`, e.g. `can(viewer, supplyLinkPolicy, 'end', link)`. */
export function can<Actions, A extends keyof Actions>(
  viewer: Viewer | null,
  policy: ObjectPolicy<Actions>,
  action: A,
  object: Actions[A],
): boolean {
  return viewer !== null && policy.rules[action].allows(viewer, object);
}

/** `can`, or FORBIDDEN naming the rule (`<module>.<rule>`); services call this before acting on an object. */
export function authorizeObject<Actions, A extends keyof Actions>(
  viewer: Viewer | null,
  policy: ObjectPolicy<Actions>,
  action: A,
  object: Actions[A],
): void {
  if (!can(viewer, policy, action, object)) throw forbidden(`${policy.name}.${policy.rules[action].name}`);
}

export const AUTHORIZED_BY = Symbol('authorizedBy');

type Resolver<TParent, TArgs, TResult> = (
  parent: TParent,
  args: TArgs,
  ctx: Context,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Wraps a root resolver so that it runs only when `rule` lets the viewer through. */
export function authorize<TParent, TArgs, TResult>(
  rule: Rule,
  resolve: Resolver<TParent, TArgs, TResult>,
): Resolver<TParent, TArgs, TResult> & { [AUTHORIZED_BY]: string } {
  const guarded = (parent: TParent, args: TArgs, ctx: Context, info: GraphQLResolveInfo) => {
    assertRule(ctx, rule);
    return resolve(parent, args, ctx, info);
  };
  return Object.assign(guarded, { [AUTHORIZED_BY]: rule.name });
}
