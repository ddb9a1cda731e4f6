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

const caches = new WeakMap<DataSource, DirectoryCache>();

/** The data source's cache, or null when DIRECTORY_CACHE_FIRMS is 0 (caching off). */
export function directoryCacheFor(ds: DataSource, maxFirms: number): DirectoryCache | null {
  if (maxFirms <= 0) return null;
  let cache = caches.get(ds);
  if (!cache) {
    cache = new DirectoryCache(maxFirms);
    caches.set(ds, cache);
  }
  return cache;
}

/** The directory's current version (a bigint, as text). */
export async function readDirectoryVersion(ds: DataSource): Promise<string> {
  const rows: { version: string }[] = await ds.query(`SELECT version FROM directory_version WHERE id = 1`);
  return rows[0]!.version;
}
