/**
 * Titles and descriptions of the public showcase's pages, in Italian and English: the web app shows
 * them (document title, meta description) and the server writes them into the HTML it sends, so
 * crawlers that run no JavaScript read the same. `{{name}}` and `{{kind}}` are filled in per firm.
 */
export type ShowcaseLanguage = 'it' | 'en';
type FirmKindKey = 'SHOE_FACTORY' | 'PROCESSING' | 'COMPONENTS' | 'SERVICES';

export interface ShowcaseMetaStrings {
  pageTitle: string;
  homeTitle: string;
  homeDescription: string;
  eventsTitle: string;
  eventsDescription: string;
  firmDescription: string;
  firmNotFound: string;
  kinds: Record<FirmKindKey, string>;
}

export const SHOWCASE_META: Record<ShowcaseLanguage, ShowcaseMetaStrings> = {
  it: {
    pageTitle: '{{title}} · Filiera',
    homeTitle: 'Il distretto calzaturiero di Segromigno in Monte',
    homeDescription:
      'Le imprese calzaturiere di Segromigno in Monte e Capannori (Lucca): calzaturifici, lavorazioni e componenti. Cerca per lavorazione, mercato e capacità e contatta le imprese.',
    eventsTitle: 'Eventi aperti al pubblico',
    eventsDescription:
      'Gli eventi aperti al pubblico del distretto calzaturiero di Segromigno in Monte (Lucca).',
    firmDescription: '{{name}}, {{kind}} del distretto calzaturiero di Segromigno in Monte (Lucca).',
    firmNotFound: 'Questa impresa non è nella vetrina.',
    kinds: {
      SHOE_FACTORY: 'Calzaturificio',
      PROCESSING: 'Lavorazioni',
      COMPONENTS: 'Componentistica',
      SERVICES: 'Servizi',
    },
  },
  en: {
    pageTitle: '{{title}} · Filiera',
    homeTitle: 'The Segromigno in Monte footwear district',
    homeDescription:
      'Footwear firms of Segromigno in Monte and Capannori (Lucca, Italy): shoe factories, processing and components. Search by capability, market and capacity, and contact the firms.',
    eventsTitle: 'Events open to the public',
    eventsDescription: 'Public events of the Segromigno in Monte footwear district (Lucca, Italy).',
    firmDescription: '{{name}}, {{kind}} in the Segromigno in Monte footwear district (Lucca, Italy).',
    firmNotFound: 'This firm is not in the showcase.',
    kinds: {
      SHOE_FACTORY: 'Shoe factory',
      PROCESSING: 'Processing',
      COMPONENTS: 'Components',
      SERVICES: 'Services',
    },
  },
};
