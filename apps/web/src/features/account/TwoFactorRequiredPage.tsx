import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { SignOutButton } from '../auth/SignOutButton';
import { TwoFactorSetup } from './TwoFactorSetup';

/**
 * What an ADMIN or CONSULTANT without two-factor sign-in sees after signing in, instead of the app (which
 * the API refuses them until then): enrolment, and a way out.
 */
export function TwoFactorRequiredPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  useDocumentTitle(t('twoFactor.requiredTitle'));
  return (
    <main id="main" className="app-main app-main--bare auth-page" tabIndex={-1}>
      <PageHeader title={t('twoFactor.requiredTitle')} description={t('twoFactor.requiredIntro')} />
      <Card>
        {/* Once the codes are kept, everything is read again: the app appears with the person's pages. */}
        <TwoFactorSetup onDone={() => void client.resetStore()} />
      </Card>
      <p>
        <SignOutButton />
      </p>
    </main>
  );
}
