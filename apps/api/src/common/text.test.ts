import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildASTSchema,
  getNamedType,
  isInputObjectType,
  isObjectType,
  parse,
  type GraphQLInputType,
} from 'graphql';
import { TEST_PASSWORD, buildFirm, buildUser } from '../test/factories.js';
import { startTestApi, type TestApi } from '../test/harness.js';
import { resolvers, typeDefs } from '../schema.js';
import { TEXT_CHECKED, textProblem } from './text.js';

type Err = { message: string; extensions?: Record<string, unknown> };

const SUBMIT = `mutation ($input: SubmitContactRequestInput!) { submitContactRequest(input: $input) { received } }`;
const SEARCH = `query ($search: String) { showcaseFirms(search: $search) { totalCount } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const UPDATE = `mutation ($input: UpdateFirmProfileInput!) {
  updateFirmProfile(input: $input) { id version legalName tradeName descriptionIt }
}`;
const FIRMS = `query ($search: String, $filter: FirmFilter) { firms(search: $search, filter: $filter) { totalCount } }`;

/** What an attacker tries in a one-line field. */
const HOSTILE_LINE: [string, string][] = [
  ['NUL', 'Jane\u0000Buyer'],
  ['bell', 'Jane\u0007Buyer'],
  ['escape sequence', '\u001b[31mJane'],
  ['line break', 'Jane\nBuyer'],
  ['tab', 'Jane\tBuyer'],
  ['C1 control', 'Jane\u0085Buyer'],
  ['right-to-left override', 'Jane \u202eexe.txt'],
  ['right-to-left isolate', 'Jane \u2067Buyer\u2069'],
];

const fieldsOf = (errors: Err[] | undefined) =>
  (errors?.[0]?.extensions?.fields as { field: string; reason: string }[] | undefined)?.map((f) => [
    f.field,
    f.reason,
  ]);

describe('textProblem', () => {
  it('keeps line breaks and tabs in multi-line text only, and refuses NUL even in secrets', () => {
    expect(textProblem('a\nb\tc\r\n', 'multiline')).toBeNull();
    expect(textProblem('a\nb', 'line')).not.toBeNull();
    expect(textProblem('a\u0000b', 'multiline')).not.toBeNull();
    expect(textProblem('a\u202eb', 'multiline')).not.toBeNull();
    expect(textProblem('pass\u0007word', 'secret')).toBeNull();
    expect(textProblem('pass\u0000word', 'secret')).not.toBeNull();
    expect(textProblem('Calzaturificio Città – “Alfa” ß 鞋', 'line')).toBeNull();
  });
});

describe('every field that takes text checks it', () => {
  it('wraps the resolver of every field with a String or ID argument, nested input fields included', () => {
    const schema = buildASTSchema(parse(typeDefs.join('\n')));
    const holdsText = (type: GraphQLInputType, seen = new Set<string>()): boolean => {
      const named = getNamedType(type);
      if (named.name === 'String' || named.name === 'ID') return true;
      if (!isInputObjectType(named) || seen.has(named.name)) return false;
      seen.add(named.name);
      return Object.values(named.getFields()).some((f) => holdsText(f.type, seen));
    };
    const unchecked: string[] = [];
    let checked = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.args.some((a) => holdsText(a.type))) continue;
        const resolve = (resolvers as Record<string, Record<string, unknown>>)[type.name]?.[field.name];
        if (typeof resolve === 'function' && TEXT_CHECKED in resolve) checked++;
        else unchecked.push(`${type.name}.${field.name}`);
      }
    }
    expect(unchecked).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });
});

describe('hostile text, as an attacker sends it', () => {
  let api: TestApi;
  let firmId: string;
  let firmCookie: string;
  let n = 0;
  const address = () => ({ 'x-forwarded-for': `198.51.100.${++n}` });

  beforeAll(async () => {
    api = await startTestApi({ TRUST_PROXY_HOPS: '1' });
    const firm = await buildFirm(api.ds, { showcaseConsent: true, legalName: 'Calzaturificio Gamma' });
    firmId = firm.id;
    const user = await buildUser(api.ds, 'FIRM', { firmId });
    firmCookie = await api.signIn(user.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await api.close();
  });

  const contactRows = async () =>
    Number((await api.ds.query(`SELECT count(*) FROM contact_request`))[0].count);
  const contact = (overrides: Record<string, unknown>) => ({
    firmId,
    kind: 'CONTACT',
    name: 'Jane Buyer',
    company: 'Boots & Co',
    country: 'gb',
    email: 'jane@boots.example',
    message: 'Hello',
    ...overrides,
  });

  it.each(HOSTILE_LINE)(
    'the public contact form refuses a %s in the name, naming the field, and stores nothing',
    async (_what, name) => {
      const before = await contactRows();
      const res = await api.gql(SUBMIT, { input: contact({ name }) }, { headers: address() });
      expect(res.status).toBe(200);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res.body.errors)).toEqual([['name', 'invalid_characters']]);
      expect(await contactRows()).toBe(before);
    },
  );

  it('the contact message keeps its lines and tabs but not a NUL, and every bad field is named', async () => {
    const before = await contactRows();
    const refused = await api.gql(
      SUBMIT,
      { input: contact({ message: 'Hello\u0000', company: 'Boots\u202e', email: 'a\u0000@b.example' }) },
      { headers: address() },
    );
    expect(fieldsOf(refused.body.errors)).toEqual([
      ['company', 'invalid_characters'],
      ['email', 'invalid_characters'],
      ['message', 'invalid_characters'],
    ]);
    expect(await contactRows()).toBe(before);

    const ok = await api.gql(
      SUBMIT,
      { input: contact({ message: 'Line one\r\nLine two\n\tindented' }) },
      { headers: address() },
    );
    expect(ok.body.errors).toBeUndefined();
    const [row] = await api.ds.query(`SELECT message FROM contact_request ORDER BY created_at DESC LIMIT 1`);
    expect(row.message).toBe('Line one\r\nLine two\n\tindented');
  });

  it('public search and sign-in answer BAD_USER_INPUT, not an internal error, to a NUL', async () => {
    const search = await api.gql(SEARCH, { search: 'scarpe\u0000' });
    expect(search.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    // Written inline in the document rather than as a variable: the same refusal.
    const inline = await api.gql(`{ showcaseFirms(search: "a\\u0000") { totalCount } }`);
    expect(inline.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    const signIn = await api.gql(
      SIGN_IN,
      { input: { email: 'x\u0000@y.example', password: 'whatever-password' } },
      { headers: address() },
    );
    expect(signIn.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('a signed-in firm cannot store a spoofed or controlled name; the profile is unchanged', async () => {
    const read = async () =>
      (await api.ds.query(`SELECT legal_name, trade_name, version FROM firm WHERE id = $1`, [firmId]))[0];
    const before = await read();
    for (const [, hostile] of HOSTILE_LINE) {
      const res = await api.gql(
        UPDATE,
        { input: { id: firmId, version: before.version, legalName: hostile, tradeName: `X${hostile}` } },
        { cookie: firmCookie },
      );
      expect(fieldsOf(res.body.errors), hostile).toEqual([
        ['legalName', 'invalid_characters'],
        ['tradeName', 'invalid_characters'],
      ]);
    }
    expect(await read()).toEqual(before);
    const filter = await api.gql(FIRMS, { filter: { hamlets: ['ok', 'bad\u0000'] } }, { cookie: firmCookie });
    expect(filter.body.errors?.[0]?.extensions).toMatchObject({ field: 'filter.hamlets.1' });
  });

  it('stores names in NFC, so a name typed with combining accents is the same name', async () => {
    const [{ version }] = await api.ds.query(`SELECT version FROM firm WHERE id = $1`, [firmId]);
    const decomposed = 'Calzaturificio Citta\u0300 S.r.l.';
    const res = await api.gql(
      UPDATE,
      { input: { id: firmId, version, legalName: decomposed, descriptionIt: 'Riga uno\n\tRiga due' } },
      { cookie: firmCookie },
    );
    expect(res.body.errors).toBeUndefined();
    const [row] = await api.ds.query(`SELECT legal_name, description_it FROM firm WHERE id = $1`, [firmId]);
    expect(row.legal_name).toBe('Calzaturificio Città S.r.l.');
    expect(row.legal_name).toBe(decomposed.normalize('NFC'));
    expect(row.description_it).toBe('Riga uno\n\tRiga due');
  });

  it('REST query strings and paths: 400 naming the parameter, for anonymous visitors too', async () => {
    const get = (path: string, cookie?: string) =>
      fetch(`${api.url}${path}`, { headers: cookie ? { cookie } : {} });
    const search = await get('/api/firms/export.csv?search=a%00b', firmCookie);
    expect(search.status).toBe(400);
    expect(await search.json()).toMatchObject({
      error: { extensions: { code: 'BAD_USER_INPUT', field: 'search', reason: 'invalid_characters' } },
    });
    const anonymous = await get('/api/events.ics?lang=%E2%80%AEit');
    expect(anonymous.status).toBe(400);
    expect(await anonymous.json()).toMatchObject({ error: { extensions: { field: 'lang' } } });
    const path = await get('/api/firms/%00/logo');
    expect(path.status).toBe(400);
    expect(await path.json()).toMatchObject({ error: { extensions: { field: 'path' } } });
  });
});
