import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ImageUpload } from '../../components/ImageUpload';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { reasonKey } from './api-problems';
import { fieldId } from './profile-form';

export const LogoUpload_FirmFragment = graphql(`
  fragment LogoUpload_FirmFragment on Firm {
    id
    legalName
    logoUrl
  }
`);

/** The API's limit for a logo. */
const MAX_BYTES = 512 * 1024;

/** Chooses, previews and uploads the firm's logo; type and size are checked here and again on the server. */
export function LogoUpload(props: { firm: FragmentType<typeof LogoUpload_FirmFragment> }) {
  const { t } = useTranslation('firms');
  const client = useApolloClient();
  const firm = getFragmentData(LogoUpload_FirmFragment, props.firm);
  return (
    <ImageUpload
      current={firm.logoUrl ? { url: firm.logoUrl, alt: t('logo.alt', { name: firm.legalName }) } : null}
      uploadUrl={`/api/firms/${firm.id}/logo`}
      maxBytes={MAX_BYTES}
      field="logo"
      inputId={fieldId('logo')}
      labels={{
        choose: t('logo.choose'),
        hint: t('logo.hint'),
        upload: t('logo.upload'),
        uploaded: t('logo.uploaded'),
        none: t('logo.none'),
        current: t('logo.current'),
        preview: t('logo.preview'),
      }}
      reasonText={(reason) => t(`reasons.${reasonKey(reason)}`)}
      onUploaded={async (body) => {
        // The new URL (its version changed) replaces the old image; completeness may change too.
        client.cache.modify({
          id: client.cache.identify({ __typename: 'Firm', id: firm.id }),
          fields: { logoUrl: () => (typeof body.logoUrl === 'string' ? body.logoUrl : null) },
        });
        await client.refetchQueries({ include: 'active' });
      }}
    />
  );
}
