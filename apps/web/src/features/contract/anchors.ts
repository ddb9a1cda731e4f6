import type { ContractSection } from '../../gql/graphql';

/** The id of a section's heading, for links from the missing elements. */
export const sectionAnchor = (section: ContractSection) => `contract-section-${section.toLowerCase()}`;

/** The id of the control that fills an input path such as "document.objectives". */
export const fieldAnchor = (field: string) => `contract-field-${field.replace(/\./g, '-')}`;
