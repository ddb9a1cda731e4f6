import type { LabelLanguage } from './enum-labels.js';

/** The supply-chain report's headings and columns, on the reports screen and in its CSV and PDF. */
export interface SupplyChainReportLabels {
  spof: string;
  topSuppliers: string;
  supplier: string;
  customers: string;
  links: string;
  concentration: string;
  hhi: string;
  suppliers: string;
}

export const SUPPLY_CHAIN_REPORT_LABELS: Record<LabelLanguage, SupplyChainReportLabels> = {
  it: {
    spof: 'Punti critici (fornitori unici)',
    topSuppliers: 'Fornitori più richiesti',
    supplier: 'Fornitore',
    customers: 'Clienti',
    links: 'Legami',
    concentration: 'Concentrazione per lavorazione (HHI)',
    hhi: 'HHI',
    suppliers: 'Fornitori',
  },
  en: {
    spof: 'Single points of failure',
    topSuppliers: 'Most depended-on suppliers',
    supplier: 'Supplier',
    customers: 'Customers',
    links: 'Links',
    concentration: 'Concentration by capability (HHI)',
    hhi: 'HHI',
    suppliers: 'Suppliers',
  },
};
