import { createContext, useContext } from 'react';
import type { Role } from '../../gql/graphql';

/** What pages below the signed-in layout know about the person, read once by AppLayout's query. */
export interface Viewer {
  userId: string;
  /** Used only to choose the landing dashboard. */
  role: Role;
  /** From the API's `me.permissions`: the client does not work this out from the role. */
  canManageUsers: boolean;
}

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in person; only inside AppLayout. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer must be used below AppLayout');
  return viewer;
}
