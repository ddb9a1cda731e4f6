import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { StrictMode, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ServiceStatus } from './features/shell/ServiceStatus';

/**
 * Everything around the router, the same in the browser (main.tsx) and on the server (entry-server.tsx),
 * so a server-rendered page hydrates without a mismatch.
 */
export function AppRoot(props: { i18n: I18n; client: ApolloClient; children: ReactNode }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={props.i18n}>
        <ApolloProvider client={props.client}>
          {props.children}
          <ServiceStatus />
        </ApolloProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
