import { useCallback } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage } from '../../i18n/format';

/** Who supplies whom with what: how a firm's links and the requests to confirm name a supply link. */
export const SupplyLinkParties_SupplyLinkFragment = graphql(`
  fragment SupplyLinkParties_SupplyLinkFragment on SupplyLink {
    supplier {
      id
      legalName
    }
    customer {
      id
      legalName
    }
    capability {
      id
      labelIt
      labelEn
    }
  }
`);

/** A supply link's own fields with its parties (SupplyLinkParties_SupplyLinkFragment) read out. */
export function withParties<T extends FragmentType<typeof SupplyLinkParties_SupplyLinkFragment>>(link: T) {
  return { ...link, ...getFragmentData(SupplyLinkParties_SupplyLinkFragment, link) };
}

/** A capability's label in the current language (the vocabulary carries both). */
export function useCapabilityLabel(): (c: { labelIt: string; labelEn: string }) => string {
  const language = useLanguage();
  return useCallback((c) => (language === 'it' ? c.labelIt : c.labelEn), [language]);
}
