import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';

/**
 * Directory pages kept in memory for as long as they are true: each entry is stored under the
 * directory version it was computed at (migration DirectoryVersion: PostgreSQL raises the version with
 * every committed change to firms, capabilities, adhesions or supply links), and a request reads the
 * current version first. An entry is never older than its version, so a request never sees data older
 * than what the database held when it began. App replicas each keep their own cache and stay exact;
 * within a process the primary and its read replicas share one, as a version names the same directory on
 * every server (a replica's version is the one of the last change it replayed).
 */
export class DirectoryCache {
  private readonly entries: LRUCache<string, object>;

  /** `maxFirms` bounds memory: an entry weighs as many units as the firms it holds. */
  constructor(maxFirms: number) {
    this.entries = new LRUCache<string, object>({
      maxSize: maxFirms,
      sizeCalculation: (value) => Math.max(1, (value as { weight?: number }).weight ?? 1),
    });
  }

  get<T extends object>(version: string, key: string): T | undefined {
    return this.entries.get(`${version}\u0000${key}`) as T | undefined;
  }

  set(version: string, key: string, value: object): void {
    this.entries.set(`${version}\u0000${key}`, value);
  }
}

/** The app's cache, created once with the app; null when DIRECTORY_CACHE_FIRMS is 0 (caching off). */
export function createDirectoryCache(maxFirms: number): DirectoryCache | null {
  return maxFirms > 0 ? new DirectoryCache(maxFirms) : null;
}

/**
 * The directory as one request reaches it (a per-request loader): the app's cache and the directory
 * version this request reads it at, read once, the first time a list needs it.
 */
export function createDirectoryLoader(ds: DataSource, cache: DirectoryCache | null) {
  let version: Promise<string> | null = null;
  return {
    cache,
    version: (): Promise<string> => (version ??= readDirectoryVersion(ds)),
  };
}

/** The directory's current version (a bigint, as text). */
export async function readDirectoryVersion(ds: DataSource): Promise<string> {
  const rows: { version: string }[] = await ds.query(`SELECT version FROM directory_version WHERE id = 1`);
  return rows[0]!.version;
}
