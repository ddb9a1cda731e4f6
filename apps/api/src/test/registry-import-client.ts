import { expect, vi } from 'vitest';
import type { GraphQLResponse, TestApi } from './harness.js';

/** What the tests read of an import. */
export const IMPORT_FIELDS = `id version status fileName format encoding separator columns
  mapping { column field } rowCount newCount updatedCount unchangedCount invalidCount failureMessage
  failureReason interruptedPhase interruptedAt reviewCount kindCounts { kind count }
  progress { processed total }
  problems(first: 50) { totalCount edges { node { line reasons { code column value } } } }
  rows(first: 50) { totalCount edges { node { line action legalName vatNumber atecoCodes
    ateco2007 { from to correspondences } suggestedKind kind review { code column value } firm { id kind } } } }`;

export interface Job {
  id: string;
  version: number;
  status: string;
  encoding: string | null;
  separator: string | null;
  columns: string[];
  mapping: { column: string; field: string | null }[];
  rowCount: number;
  newCount: number;
  updatedCount: number;
  unchangedCount: number;
  invalidCount: number;
  failureMessage: string | null;
  failureReason: string | null;
  interruptedPhase: string | null;
  interruptedAt: string | null;
  reviewCount: number | null;
  kindCounts: { kind: string; count: number }[];
  progress: { processed: number; total: number };
  problems: {
    totalCount: number;
    edges: {
      node: { line: number; reasons: { code: string; column: string | null; value: string | null }[] };
    }[];
  };
  rows: {
    totalCount: number;
    edges: {
      node: {
        line: number;
        action: string;
        legalName: string;
        vatNumber: string | null;
        atecoCodes: string[];
        ateco2007: { from: string; to: string | null; correspondences: number }[];
        suggestedKind: string | null;
        kind: string | null;
        review: { code: string; column: string | null; value: string }[];
        firm: { id: string; kind: string } | null;
      };
    }[];
  };
}

export interface Upload {
  id: string;
  version: number;
  format: string;
  encoding: string | null;
  separator: string | null;
  columns: string[];
  mapping: { column: string; field: string | null }[];
}

const GET = `query ($id: ID!) { registryImport(id: $id) { ${IMPORT_FIELDS} } }`;
const PREVIEW = `mutation ($input: PreviewRegistryImportInput!) { previewRegistryImport(input: $input) { ${IMPORT_FIELDS} } }`;
const APPLY = `mutation ($input: ApplyRegistryImportInput!) { applyRegistryImport(input: $input) { ${IMPORT_FIELDS} } }`;

/** The registry import through the real HTTP API, as a signed-in person (by session cookie). */
export function importClient(api: TestApi, defaultCookie: () => string) {
  const upload = async (content: Buffer, fileName: string, cookie: string | null = defaultCookie()) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)]), fileName);
    const res = await fetch(`${api.url}/api/registry-imports`, {
      method: 'POST',
      headers: { 'x-filiera-upload': '1', ...(cookie ? { cookie } : {}) },
      body: form,
    });
    return {
      status: res.status,
      body: (await res.json()) as Upload & {
        error?: { message: string; extensions: Record<string, unknown> };
      },
    };
  };

  const getJob = async (id: string): Promise<Job> => {
    const res = await api.gql<{ registryImport: Job }>(GET, { id }, { cookie: defaultCookie() });
    if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
    return res.body.data!.registryImport;
  };

  /**
   * Runs the job queue's due jobs here (as a worker of this process would; a worker elsewhere may have
   * taken the import's job already), then polls the import until its background work has finished.
   */
  const settled = async (id: string): Promise<Job> => {
    await api.runJobs();
    return vi.waitFor(
      async () => {
        const job = await getJob(id);
        if (job.status === 'PREVIEWING' || job.status === 'APPLYING') throw new Error(`still ${job.status}`);
        return job;
      },
      { timeout: 120_000, interval: 50 },
    );
  };

  /** Starts the dry run; when it started, waits for its end (the answer carries the settled import). */
  const preview = async (
    up: { id: string; version: number; mapping: Upload['mapping'] },
    cookie = defaultCookie(),
  ): Promise<GraphQLResponse<{ previewRegistryImport: Job }>> => {
    const res = await api.gql<{ previewRegistryImport: Job }>(
      PREVIEW,
      { input: { id: up.id, version: up.version, mapping: up.mapping } },
      { cookie },
    );
    if (res.body.errors || !res.body.data) return res.body;
    expect(res.body.data.previewRegistryImport.status).toBe('PREVIEWING');
    return { data: { previewRegistryImport: await settled(up.id) } };
  };

  const startApply = (job: { id: string; version: number }, cookie = defaultCookie(), url = api.url) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: APPLY, variables: { input: { id: job.id, version: job.version } } }),
    }).then((r) => r.json() as Promise<GraphQLResponse<{ applyRegistryImport: Job }>>);

  const apply = async (
    job: { id: string; version: number },
    cookie = defaultCookie(),
  ): Promise<GraphQLResponse<{ applyRegistryImport: Job }>> => {
    const res = await startApply(job, cookie);
    if (res.errors || !res.data) return res;
    expect(res.data.applyRegistryImport.status).toBe('APPLYING');
    return { data: { applyRegistryImport: await settled(job.id) } };
  };

  return { upload, getJob, settled, preview, startApply, apply };
}
