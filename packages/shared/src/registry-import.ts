import type { RegistryImportField } from './generated/graphql.js';

/**
 * The firm fields a registry column can fill (the GraphQL enum RegistryImportField), in the order of a
 * Chamber of Commerce registry extract: the order the web app offers them in.
 */
export const REGISTRY_IMPORT_FIELDS = [
  'LEGAL_NAME',
  'VAT_NUMBER',
  'TAX_CODE',
  'REA_NUMBER',
  'LEGAL_FORM',
  'STREET',
  'POSTCODE',
  'MUNICIPALITY',
  'HAMLET',
  'PROVINCE',
  'ATECO_CODE',
  'ATECO_2007_CODE',
  'EMPLOYEES',
  'REGISTRATION_DATE',
  'PEC',
  'STATUS',
  'CEASED_ON',
] as const satisfies readonly RegistryImportField[];
