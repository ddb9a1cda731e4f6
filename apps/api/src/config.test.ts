import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults for a fresh machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 4000,
      NODE_ENV: 'development',
      SEED_SCALE: 'district',
      cookieSecure: false,
    });
    expect(config.publicUrl).toBe('http://localhost:4000');
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('names every bad variable with its value and what it must be', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://db/x', SEED_SCALE: 'huge' })).toThrow(
      'Invalid configuration: PORT="abc": must be a whole number from 1 to 65535; ' +
        'DATABASE_URL="mysql://db/x": must start with postgres:// or postgresql://; ' +
        'SEED_SCALE="huge": must be district or national',
    );
  });

  it('sends the session cookie over HTTPS only when people reach the app over HTTPS, unless told otherwise', () => {
    const https = { NODE_ENV: 'production', PUBLIC_URL: 'https://rete.example' };
    expect(loadConfig(https).cookieSecure).toBe(true);
    expect(loadConfig({ ...https, COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
    // `pnpm start` is production mode on http://localhost: signing in must keep working there.
    expect(loadConfig({ NODE_ENV: 'production' }).cookieSecure).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'http://192.168.1.20:4000' }).cookieSecure).toBe(
      false,
    );
  });
});

describe('scaling-out configuration', () => {
  it('runs one process with no replicas unless told', () => {
    expect(loadConfig({})).toMatchObject({ WEB_CONCURRENCY: 1, DATABASE_REPLICA_URLS: [] });
  });

  it('reads the process count and a comma-separated replica list', () => {
    const config = loadConfig({
      WEB_CONCURRENCY: '4',
      DATABASE_URL: 'postgres://db/filiera',
      DATABASE_REPLICA_URLS: 'postgres://r1/filiera, postgresql://r2/filiera,',
    });
    expect(config.WEB_CONCURRENCY).toBe(4);
    expect(config.DATABASE_REPLICA_URLS).toEqual(['postgres://r1/filiera', 'postgresql://r2/filiera']);
  });

  it('refuses replicas without a primary, and a process count out of range', () => {
    expect(() =>
      loadConfig({ DATABASE_REPLICA_URLS: 'postgres://r1/filiera', WEB_CONCURRENCY: '0' }),
    ).toThrow(
      'Invalid configuration: WEB_CONCURRENCY="0": must be a whole number from 1 to 64; ' +
        'DATABASE_REPLICA_URLS="postgres://r1/filiera": needs DATABASE_URL (the primary the replicas stream from)',
    );
  });
});
