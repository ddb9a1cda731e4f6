import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firmsEn } from '../features/firms/firms.i18n.en';
import { firmsIt } from '../features/firms/firms.i18n';
import { createFormatters } from './format';
import {
  createI18n,
  initialLanguage,
  LANGUAGE_STORAGE_KEY,
  loadTranslation,
  storedLanguage,
  switchLanguage,
} from './index';
import { FEATURE_NAMESPACES } from './resources';
import { en } from './en';
import { it as italian } from './it';

/** A browser-like window: localStorage, an English-speaking navigator, and <html lang>. */
function fakeBrowser(stored: Record<string, string> = {}, search = '') {
  const items = new Map(Object.entries(stored));
  const localStorage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
  const documentElement = { lang: '' };
  const navigator = { language: 'en-US', languages: ['en-US', 'en'] };
  const document = { documentElement, cookie: '' };
  Object.assign(globalThis, {
    window: { localStorage, navigator, location: { search } },
    document,
  });
  Object.defineProperty(globalThis, 'navigator', { value: navigator, configurable: true, writable: true });
  return { items, documentElement, document };
}

// fakeBrowser() replaces these globals; each test gets them back as they were.
let saved: Record<string, unknown>;
beforeEach(() => {
  saved = Object.fromEntries(
    ['window', 'document', 'navigator'].map((k) => [k, Object.getOwnPropertyDescriptor(globalThis, k)]),
  );
});
afterEach(() => {
  for (const [k, descriptor] of Object.entries(saved)) {
    if (descriptor) Object.defineProperty(globalThis, k, descriptor as PropertyDescriptor);
    else Reflect.deleteProperty(globalThis, k);
  }
});

describe('language', () => {
  it('is Italian on a first visit, even from an English-speaking browser', () => {
    const { documentElement } = fakeBrowser();
    const i18n = createI18n();
    expect(i18n.resolvedLanguage).toBe('it');
    expect(i18n.t('signIn.submit')).toBe('Accedi');
    expect(documentElement.lang).toBe('it');
  });

  it('remembers a switch to English for the next visit and updates <html lang>', async () => {
    const { items, documentElement, document } = fakeBrowser();
    await switchLanguage(createI18n(), 'en');
    expect(items.get(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(documentElement.lang).toBe('en');
    // For the server too, which draws a showcase page without ?lang in it in this language.
    expect(document.cookie).toMatch(/^filiera\.language=en; path=\/; max-age=\d+; samesite=lax$/);

    expect(storedLanguage()).toBe('en');
    const nextVisit = createI18n({ en: await loadTranslation('en') });
    expect(nextVisit.resolvedLanguage).toBe('en');
    expect(nextVisit.t('signIn.submit')).toBe('Sign in');
  });

  it('opens in the language an address asks for (?lang=en), and remembers it', async () => {
    const { items } = fakeBrowser({ [LANGUAGE_STORAGE_KEY]: 'it' }, '?q=suole&lang=en');
    expect(initialLanguage()).toBe('en');
    const i18n = createI18n({ en: await loadTranslation('en') });
    expect(i18n.t('signIn.submit')).toBe('Sign in');
    expect(items.get(LANGUAGE_STORAGE_KEY)).toBe('en');

    fakeBrowser({ [LANGUAGE_STORAGE_KEY]: 'en' }, '?lang=de');
    expect(initialLanguage()).toBe('en');
  });

  it('falls back to Italian when the stored language is not offered', () => {
    fakeBrowser({ [LANGUAGE_STORAGE_KEY]: 'de' });
    expect(createI18n().resolvedLanguage).toBe('it');
  });

  it('puts the rate-limit minutes in the message with the right plural', () => {
    fakeBrowser();
    const i18n = createI18n();
    expect(i18n.t('errors.rateLimited', { count: 1 })).toBe(
      'Troppi tentativi non riusciti: riprova tra 1 minuto.',
    );
    expect(i18n.t('errors.rateLimited', { count: 15 })).toBe(
      'Troppi tentativi non riusciti: riprova tra 15 minuti.',
    );
  });

  it('keeps the accessible names the end-to-end tests rely on', () => {
    expect([italian.signIn.email, italian.signIn.password, italian.signIn.submit]).toEqual([
      'E-mail',
      'Password',
      'Accedi',
    ]);
    expect([en.signIn.email, en.signIn.password, en.signIn.submit]).toEqual([
      'E-mail',
      'Password',
      'Sign in',
    ]);
    expect([italian.nav.label, en.nav.label]).toEqual(['Navigazione principale', 'Main navigation']);
    expect([italian.header.signOut, en.header.signOut]).toEqual(['Esci', 'Sign out']);
    expect([italian.dashboard.admin.title, italian.dashboard.consultant.title]).toEqual([
      'Pannello di amministrazione',
      'Avvio della rete',
    ]);
    expect([italian.dashboard.chamber.title, firmsIt.profile.title]).toEqual([
      'Osservatorio del distretto',
      'La mia impresa',
    ]);
    expect([en.dashboard.admin.title, en.dashboard.consultant.title]).toEqual([
      'Administration',
      'Network start-up',
    ]);
    expect([en.dashboard.chamber.title, firmsEn.profile.title]).toEqual(['District observatory', 'My firm']);
    expect(italian.errors.invalidCredentials).toBe('E-mail o password non corretti');
  });
});

describe('feature strings', () => {
  it('are not in the first bundle’s Italian: each feature is a namespace of its own', () => {
    const features: string[] = FEATURE_NAMESPACES;
    expect(features).toContain('firms');
    expect(features).toContain('firmRegistry');
    expect(Object.keys(italian).filter((key) => features.includes(key))).toEqual([]);
    expect(Object.keys(en).filter((key) => features.includes(key))).toEqual([]);
  });

  it('are missing until the feature’s page loads them, then there (Italian)', async () => {
    fakeBrowser();
    const i18n = createI18n();
    expect(i18n.exists('firms:profile.title')).toBe(false);
    expect(i18n.t('firms:profile.title')).toBe('profile.title');

    await i18n.loadNamespaces('firms');
    expect(i18n.t('firms:profile.title')).toBe('La mia impresa');
    expect(i18n.getFixedT(null, 'firms')('profile.title')).toBe('La mia impresa');
    // The core is untouched, and reachable from the feature's namespace.
    expect(i18n.t('signIn.submit')).toBe('Accedi');
    expect(i18n.getFixedT(null, 'firms')('signIn.submit')).toBe('Accedi');
  });

  it('are missing until the feature’s page loads them, then there (English)', async () => {
    fakeBrowser({ [LANGUAGE_STORAGE_KEY]: 'en' });
    const i18n = createI18n({ en: await loadTranslation('en') });
    expect(i18n.resolvedLanguage).toBe('en');
    expect(i18n.exists('tasks:title')).toBe(false);
    await i18n.loadNamespaces('tasks');
    expect(i18n.t('tasks:title')).toBe('Start-up tasks');
    // Only the language in use is fetched.
    expect(i18n.exists('tasks:title', { lng: 'it', fallbackLng: [] })).toBe(false);
  });

  it('switch language with the rest of the page, and later pages arrive in the new language', async () => {
    fakeBrowser();
    const i18n = createI18n();
    await i18n.loadNamespaces(['firms', 'plan']);
    expect(i18n.t('plan:title')).toBe('Piano strategico');

    await switchLanguage(i18n, 'en');
    // Everything already shown is English at once: the core and the features loaded so far.
    expect(i18n.t('signIn.submit')).toBe('Sign in');
    expect(i18n.t('firms:profile.title')).toBe('My firm');
    expect(i18n.t('plan:title')).toBe('Strategic plan');

    // A feature opened after the switch is fetched in English.
    expect(i18n.exists('contract:title')).toBe(false);
    await i18n.loadNamespaces('contract');
    expect(i18n.t('contract:title')).toBe('Network contract');

    // And back: Italian for all three, the contract's fetched now.
    await switchLanguage(i18n, 'it');
    expect([i18n.t('firms:profile.title'), i18n.t('contract:title')]).toEqual([
      'La mia impresa',
      'Contratto di rete',
    ]);
  });
});

describe('formatters', () => {
  it('write numbers and dates the Italian or the English way', () => {
    const when = '2026-11-25T09:30:00.000Z';
    expect(createFormatters('it').number(12345)).toBe('12.345');
    expect(createFormatters('en').number(12345)).toBe('12,345');
    expect(createFormatters('it').date(when)).toBe('25 nov 2026');
    expect(createFormatters('en').date(when)).toBe('25 Nov 2026');
  });
});
