import type { APIRequestContext } from '@playwright/test';
import { gql, type DemoRole } from './users.ts';

/** Who looks at a page: a demo role, or an anonymous visitor. */
export type Viewer = DemoRole | 'ANONYMOUS';

export interface ReviewRoute {
  viewer: Viewer;
  path: string;
  /** A short file-safe name for the page's screenshot. */
  name: string;
}

interface Ids {
  firm: string;
  ownFirm: string;
  adhesion: string;
  task: string;
  planAction: string;
  article: string;
  passport: string;
  publicFirm: string;
}

/**
 * The ids of one of each kind of page's subject in the demo district, read through the API with a
 * consultant's and the demo firm's sessions (each request context carries its own cookie).
 */
export async function demoIds(consultant: APIRequestContext, firm: APIRequestContext): Promise<Ids> {
  const a = await gql<{
    firms: { edges: { node: { id: string } }[] };
    adhesions: { edges: { node: { id: string } }[] };
    tasks: { edges: { node: { id: string } }[] };
    strategicPlans: { actions: { edges: { node: { id: string } }[] } }[];
    publishedPassports: { id: string }[];
    showcaseFirms: { edges: { node: { id: string } }[] };
  }>(
    consultant,
    `{ firms(first: 1, filter: { kinds: [SHOE_FACTORY] }) { edges { node { id } } }
       adhesions(first: 1) { edges { node { id } } }
       tasks(first: 1) { edges { node { id } } }
       strategicPlans { actions(first: 1) { edges { node { id } } } }
       publishedPassports(first: 1) { id }
       showcaseFirms(first: 1) { edges { node { id } } } }`,
  );
  const f = await gql<{ me: { user: { firm: { id: string } } } }>(firm, `{ me { user { firm { id } } } }`);
  const articles = await gql<{ articles: { edges: { node: { id: string } }[] } }>(
    firm,
    `query ($id: ID!) { articles(firmId: $id, first: 1) { edges { node { id } } } }`,
    { id: f.me.user.firm.id },
  );
  const first = <T>(list: T[], what: string): T => {
    if (!list[0]) throw new Error(`The demo district has no ${what}`);
    return list[0];
  };
  return {
    firm: first(a.firms.edges, 'shoe factory').node.id,
    ownFirm: f.me.user.firm.id,
    adhesion: first(a.adhesions.edges, 'adhesion').node.id,
    task: first(a.tasks.edges, 'task').node.id,
    planAction: first(first(a.strategicPlans, 'plan').actions.edges, 'plan action').node.id,
    article: first(articles.articles.edges, 'article of the demo firm').node.id,
    passport: first(a.publishedPassports, 'published passport').id,
    publicFirm: first(a.showcaseFirms.edges, 'showcase firm').node.id,
  };
}

/** Every page of the app, each seen by the role that uses it (the reports by the Chamber, and so on). */
export function reviewRoutes(ids: Ids): ReviewRoute[] {
  const pages: [Viewer, string][] = [
    ['ANONYMOUS', '/sign-in'],
    ['ANONYMOUS', '/forgot-password'],
    ['ANONYMOUS', '/reset-password/not-a-token'],
    ['ANONYMOUS', '/invitation/not-a-token'],
    ['ANONYMOUS', '/showcase'],
    ['ANONYMOUS', `/showcase/firms/${ids.publicFirm}`],
    ['ANONYMOUS', '/showcase/events'],
    ['ANONYMOUS', `/showcase/passports/${ids.passport}`],
    ['ANONYMOUS', '/claim'],
    ['ANONYMOUS', '/no-such-page'],
    ['ADMIN', '/'],
    ['ADMIN', '/users'],
    ['ADMIN', '/outbox'],
    ['ADMIN', '/registry-import'],
    ['ADMIN', '/contract'],
    ['ADMIN', `/firms/${ids.firm}/edit`],
    ['CONSULTANT', '/'],
    ['CONSULTANT', '/adhesions'],
    ['CONSULTANT', `/adhesions/${ids.adhesion}`],
    ['CONSULTANT', '/tasks'],
    ['CONSULTANT', `/tasks/${ids.task}`],
    ['CONSULTANT', '/plan'],
    ['CONSULTANT', `/plan/actions/${ids.planAction}`],
    ['CONSULTANT', '/events'],
    ['CONSULTANT', '/account'],
    ['CONSULTANT', '/claims'],
    ['CONSULTANT', '/firms/new'],
    ['CONSULTANT', '/firms/merge'],
    ['CHAMBER', '/'],
    ['CHAMBER', '/firms'],
    ['CHAMBER', `/firms/${ids.firm}`],
    ['CHAMBER', '/supply-chain'],
    ['CHAMBER', `/firms/${ids.firm}/supply-chain`],
    ['CHAMBER', '/reports'],
    ['CHAMBER', '/reports/adhesions'],
    ['CHAMBER', '/reports/supply-chain'],
    ['CHAMBER', '/reports/plan'],
    ['CHAMBER', '/reports/startup'],
    ['FIRM', '/'],
    ['FIRM', `/firms/${ids.ownFirm}`],
    ['FIRM', `/firms/${ids.ownFirm}/supply-chain`],
    ['FIRM', '/traceability'],
    ['FIRM', `/traceability/articles/${ids.article}`],
    ['FIRM', '/supply-chain'],
  ];
  return pages.map(([viewer, path]) => ({
    viewer,
    path,
    name: `${viewer.toLowerCase()}${path
      .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'id')
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/-$/, '')}`,
  }));
}
