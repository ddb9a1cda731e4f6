import type { Role } from '@filiera/shared';
import { DEMO_FIRM_ID } from './district.js';

export interface DemoUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  firmId: string | null;
  /** Documented in the README; demo data only. */
  password: string;
  /**
   * The authenticator secret (base32) of the staff, who must sign in with a second factor; documented in
   * the README and printed as codes by `pnpm demo:code`. Demo data only.
   */
  totpSecret?: string;
}

/** One person per role, with fixed ids; the README lists these e-mails and passwords. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: '0b7e2f7e-6a1c-4d0e-9a57-2f3c1e000001',
    email: 'admin@filiera.example',
    name: 'Giulia Admin (Comune di Capannori)',
    role: 'ADMIN',
    firmId: null,
    password: 'filiera-admin-2026',
    totpSecret: 'FILIERADEMOADMINSEGROMIGNOLUCCAX',
  },
  {
    id: '0b7e2f7e-6a1c-4d0e-9a57-2f3c1e000002',
    email: 'consulente@filiera.example',
    name: 'Marco Consulente',
    role: 'CONSULTANT',
    firmId: null,
    password: 'filiera-consulente-2026',
    totpSecret: 'FILIERADEMOCONSULENTESEGROMIGNOX',
  },
  {
    id: '0b7e2f7e-6a1c-4d0e-9a57-2f3c1e000003',
    email: 'camera@filiera.example',
    name: 'Elena Analista (Camera di Commercio)',
    role: 'CHAMBER',
    firmId: null,
    password: 'filiera-camera-2026',
  },
  {
    id: '0b7e2f7e-6a1c-4d0e-9a57-2f3c1e000004',
    email: 'impresa@filiera.example',
    name: 'Luca Impresa',
    role: 'FIRM',
    firmId: DEMO_FIRM_ID,
    password: 'filiera-impresa-2026',
  },
];
