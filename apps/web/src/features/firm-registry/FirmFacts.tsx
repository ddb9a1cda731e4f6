import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { CeasedBadge } from './CeasedBadge';

export const FirmFacts_FirmFragment = graphql(`
  fragment FirmFacts_FirmFragment on Firm {
    municipality
    vatNumber
    ceasedOn
  }
`);

/**
 * What tells firms of similar names apart, after the name: where each is, its Partita IVA and whether it
 * has ceased (`children`, e.g. how similar it is, stand before that).
 */
export function FirmFacts(props: {
  firm: FragmentType<typeof FirmFacts_FirmFragment>;
  children?: ReactNode;
}) {
  const f = getFragmentData(FirmFacts_FirmFragment, props.firm);
  return (
    <>
      <span className="muted">{[f.municipality, f.vatNumber].filter(Boolean).join(' · ')}</span>{' '}
      {props.children && <>{props.children} </>}
      <CeasedBadge on={f.ceasedOn} />
    </>
  );
}
