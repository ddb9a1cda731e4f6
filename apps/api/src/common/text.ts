import type { NextFunction, Request, Response } from 'express';
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badInput, type FieldProblem } from './errors.js';
import { sendError } from './http.js';

/**
 * The one check of every text input (GraphQL arguments and input fields, REST query strings and paths):
 * a NUL byte is refused everywhere (PostgreSQL cannot store it); control characters and bidirectional
 * embeddings, overrides and isolates are refused in one-line text (names, e-mails, searches, ids), while
 * multi-line text keeps line breaks and tabs; what passes is normalised to Unicode NFC, so that the same
 * name typed on two keyboards is the same name.
 */
export type TextKind = 'line' | 'multiline' | 'secret';

/** The reason every refusal carries; the web app shows "contains characters that are not allowed". */
export const INVALID_CHARACTERS = 'invalid_characters';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NUL = /\u0000/;
/** C0 controls, DEL and C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** The same but tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** LRE RLE PDF LRO RLO, LRI RLI FSI PDI: they reorder what is shown around them (spoofed names). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** What is wrong with a text, or null; `kind` says which characters it may hold. */
export function textProblem(value: string, kind: TextKind): string | null {
  if (NUL.test(value)) return 'must not contain a NUL character';
  if (kind === 'secret') return null;
  if ((kind === 'line' ? CONTROL : CONTROL_BUT_LINE_BREAKS).test(value)) {
    return kind === 'line'
      ? 'must not contain control characters or line breaks'
      : 'must not contain control characters other than line breaks and tabs';
  }
  if (BIDI_CONTROL.test(value)) return 'must not contain bidirectional control characters';
  return null;
}

/** Input objects and JSON; not a Date or a Buffer that a scalar has already parsed. */
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null &&
  typeof value === 'object' &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

/**
 * Checks and normalises every string in `value` (objects and arrays walked): the NFC value, or the
 * problems found, each naming its field path. `kindOf` says each path's kind.
 */
function cleanDeep(
  value: unknown,
  path: string[],
  kindOf: (path: string[]) => TextKind,
  problems: FieldProblem[],
): unknown {
  if (typeof value === 'string') {
    const kind = kindOf(path);
    const message = textProblem(value, kind);
    if (message) problems.push({ field: path.join('.'), reason: INVALID_CHARACTERS, message });
    return kind === 'secret' ? value : value.normalize('NFC');
  }
  if (Array.isArray(value)) return value.map((v, i) => cleanDeep(v, [...path, String(i)], kindOf, problems));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, cleanDeep(v, [...path, k], kindOf, problems)]),
    );
  }
  return value;
}

// --- GraphQL ---------------------------------------------------------------------------------------

/** `@multiline` / `@secret` on an argument or input field (see common.graphql); one line otherwise. */
function kindOfDefinition(def: GraphQLArgument | GraphQLInputField): TextKind {
  const directives = def.astNode?.directives?.map((d) => d.name.value) ?? [];
  if (directives.includes('secret')) return 'secret';
  return directives.includes('multiline') ? 'multiline' : 'line';
}

/** Whether an input type can hold a String or ID anywhere inside. */
function holdsText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'String' || named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => holdsText(f.type, seen));
}

/** The kind of the string at `path` (argument name first) under the field's argument definitions. */
function kindAt(args: readonly GraphQLArgument[], path: string[]): TextKind {
  const [argName, ...rest] = path;
  const arg = args.find((a) => a.name === argName);
  if (!arg) return 'line';
  let kind = kindOfDefinition(arg);
  let type: GraphQLInputType = arg.type;
  for (const key of rest) {
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      type = nullable.ofType;
      continue;
    }
    if (!isInputObjectType(nullable)) break;
    const field = nullable.getFields()[key];
    if (!field) break;
    kind = kindOfDefinition(field);
    type = field.type;
  }
  return kind;
}

/**
 * A field's arguments after the text check: NFC strings, or BAD_USER_INPUT naming every bad field
 * (paths inside the `input` argument read as the form's own, e.g. "legalName"; others start with the
 * argument's name, e.g. "filter.hamlets.0").
 */
export function cleanArguments(
  args: Record<string, unknown>,
  defs: readonly GraphQLArgument[],
): Record<string, unknown> {
  const problems: FieldProblem[] = [];
  const cleaned = cleanDeep(args, [], (path) => kindAt(defs, path), problems) as Record<string, unknown>;
  if (problems.length > 0) {
    throw badInput(
      problems.map((p) => ({ ...p, field: p.field.startsWith('input.') ? p.field.slice(6) : p.field })),
    );
  }
  return cleaned;
}

/** Marks a resolver whose text arguments are checked (a test finds every field that takes text). */
export const TEXT_CHECKED = Symbol('textChecked');

type AnyResolver = (parent: unknown, args: Record<string, unknown>, ...rest: unknown[]) => unknown;

/**
 * Wraps every resolver of a field that takes text so that its arguments pass `cleanArguments` first:
 * nothing runs (and nothing changes) with a refused input. Other properties of the resolver (its
 * authorisation rule) are kept.
 */
export function guardTextArguments<R extends Record<string, Record<string, unknown>>>(
  resolvers: R,
  schema: GraphQLSchema,
): R {
  const guarded: Record<string, Record<string, unknown>> = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) {
      guarded[typeName] = fields;
      continue;
    }
    guarded[typeName] = Object.fromEntries(
      Object.entries(fields).map(([name, resolve]) => {
        const defs = type.getFields()[name]?.args ?? [];
        if (typeof resolve !== 'function' || !defs.some((a) => holdsText(a.type))) return [name, resolve];
        const inner = resolve as AnyResolver;
        const wrapped: AnyResolver = (parent, args, ...rest) =>
          inner(parent, cleanArguments(args, defs), ...rest);
        return [name, Object.assign(wrapped, inner, { [TEXT_CHECKED]: true })];
      }),
    );
  }
  return guarded as R;
}

// --- REST --------------------------------------------------------------------------------------------

/**
 * Express middleware: the query string's values (one-line text each) and the path are checked the same
 * way; a refusal answers 400 BAD_USER_INPUT naming the parameter, and the handlers see NFC values.
 */
export function checkRequestText(req: Request, res: Response, next: NextFunction): void {
  const problems: FieldProblem[] = [];
  let path = req.path;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    // A malformed escape is the route's business (it will not match, or Express answers 400).
  }
  const pathMessage = textProblem(path, 'line');
  if (pathMessage) problems.push({ field: 'path', reason: INVALID_CHARACTERS, message: pathMessage });
  const query = cleanDeep(req.query, [], () => 'line', problems);
  if (problems.length > 0) {
    sendError(res, badInput(problems));
    return;
  }
  // Express 5 parses `req.query` on each read: the cleaned copy shadows that getter for this request.
  Object.defineProperty(req, 'query', { value: query, configurable: true, enumerable: true });
  next();
}
