import autocannon from 'autocannon';

export interface Scenario {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Variables of the i-th request, for scenarios where every request asks something new. */
  variablesOf?: (i: number) => Record<string, unknown>;
  connections: number;
  /** Target p95 in ms and/or throughput in req/s, from DESIGN.md's quality bars. */
  target?: { p95Ms?: number; minRps?: number };
}

export interface Result {
  scenario: Scenario;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  requests: number;
}

/** Numbers the requests of `variablesOf` scenarios across runs, so a measured run repeats no warm-up request. */
let serial = 0;

export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

/** Runs one scenario with autocannon, recording every response time to compute exact percentiles. */
export async function runScenario(
  url: string,
  cookie: string,
  scenario: Scenario,
  durationSeconds: number,
): Promise<Result> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections: scenario.connections,
    duration: durationSeconds,
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: scenario.query, variables: scenario.variables ?? {} }),
    ...(scenario.variablesOf
      ? {
          requests: [
            {
              setupRequest: (request) => ({
                ...request,
                body: JSON.stringify({ query: scenario.query, variables: scenario.variablesOf!(serial++) }),
              }),
            },
          ],
        }
      : {}),
    setupClient: (client) => {
      client.on('response', (_status: number, _bytes: number, responseTime: number) =>
        latencies.push(responseTime),
      );
      client.on('body', (body: Buffer) => {
        if (body.includes('"errors"')) graphqlErrors++;
      });
    },
  });
  latencies.sort((a, b) => a - b);
  return {
    scenario,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    errors: result.errors + result.non2xx + graphqlErrors,
    requests: result.requests.total,
  };
}
