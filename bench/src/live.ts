import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { subscribeLive, type LiveSubscription } from '../../apps/api/src/test/live-client.js';
import { signInConsultant, startApp } from './app.js';
import { percentile } from './load.js';
import { printTable } from './table.js';

/** Calzaturificio Morvelli, the demo FIRM user's factory (DEMO_FIRM_ID in the seed). */
const DEMO_FIRM_ID = 'f1e1a000-0000-4000-8000-000000000001';
const ADDED = `subscription { notificationAdded { unreadCount notification { id kind } } }`;

async function gql<T>(url: string, cookie: string, query: string, variables: object = {}): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data!;
}

async function signInFirm(url: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      variables: { input: { email: 'impresa@filiera.example', password: 'filiera-impresa-2026' } },
    }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${await res.text()}`);
  return cookie;
}

/**
 * `pnpm bench` (or alone: `pnpm --filter @filiera/bench run bench:live`): delivery latency of one event
 * to many live subscribers across two API processes (WEB_CONCURRENCY=2 on the demo district). The demo
 * firm user opens --subscribers sockets (default 500, spread over both processes) listening to
 * notificationAdded; the consultant records supply links on the firms' behalf, each of which notifies
 * the factory. Latency: from sending the mutation to each socket's receipt, over --events events.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { subscribers: { type: 'string', default: '500' }, events: { type: 'string', default: '5' } },
  });
  const subscribers = Number(values.subscribers);
  const events = Number(values.events);
  console.log('Starting the app: 2 processes on the demo district…');
  const app = await startApp({ scale: 'district', env: { WEB_CONCURRENCY: '2' } });
  const subs: LiveSubscription<unknown>[] = [];
  try {
    const consultant = await signInConsultant(app.url);
    const firm = await signInFirm(app.url);
    // Supplier and capability pairs the factory has no link for yet: one per event.
    const { capabilities } = await gql<{ capabilities: { id: string }[] }>(
      app.url,
      consultant,
      `{ capabilities { id } }`,
    );
    const pairs: { supplierId: string; capabilityId: string }[] = [];
    for (const c of capabilities) {
      const { alternativeSuppliers } = await gql<{ alternativeSuppliers: { firm: { id: string } }[] }>(
        app.url,
        consultant,
        `query ($f: ID!, $c: ID!) { alternativeSuppliers(firmId: $f, capabilityId: $c, first: 5) { firm { id } } }`,
        { f: DEMO_FIRM_ID, c: c.id },
      );
      pairs.push(...alternativeSuppliers.map((a) => ({ supplierId: a.firm.id, capabilityId: c.id })));
    }
    const declare = () => {
      const pair = pairs.shift();
      if (!pair)
        throw new Error('no more suppliers to link: reset the bench database (.data/bench-district)');
      return gql(
        app.url,
        consultant,
        `mutation ($input: DeclareSupplyLinkInput!) { declareSupplyLink(input: $input) { id } }`,
        { input: { ...pair, customerId: DEMO_FIRM_ID } },
      );
    };

    console.log(`Opening ${subscribers} sockets…`);
    for (let i = 0; i < subscribers; i++) subs.push(subscribeLive(app.url, firm, ADDED));
    await Promise.all(subs.map((s) => s.connected));
    // The server registers a subscription a moment after its socket opens: events until all have one.
    for (let round = 0; ; round++) {
      await declare();
      const got = await Promise.all(
        subs.map((s) =>
          s.next(2000).then(
            () => true,
            () => false,
          ),
        ),
      );
      if (got.every(Boolean)) break;
      if (round > 20)
        throw new Error(`only ${got.filter(Boolean).length} of ${subscribers} subscribers are live`);
    }

    const latencies: number[] = [];
    for (let e = 0; e < events; e++) {
      const start = performance.now();
      const arrivals = subs.map((s) => s.next(30_000).then(() => performance.now() - start));
      await declare();
      latencies.push(...(await Promise.all(arrivals)));
    }
    latencies.sort((a, b) => a - b);
    printTable([
      {
        scenario: `notificationAdded to ${subscribers} sockets, 2 processes`,
        events: String(events),
        deliveries: String(latencies.length),
        'p50 ms': percentile(latencies, 50).toFixed(0),
        'p95 ms': percentile(latencies, 95).toFixed(0),
        'max ms': latencies.at(-1)!.toFixed(0),
      },
    ]);
  } finally {
    await Promise.all(subs.map((s) => s.dispose()));
    await app.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
