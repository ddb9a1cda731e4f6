import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { CompletenessMeter } from './CompletenessMeter';
import { FirmHistory } from './FirmHistory';
import { FirmProfileForm } from './FirmProfileForm';
import { LogoUpload } from './LogoUpload';
import './firms.css';

export const FirmEditor_FirmFragment = graphql(`
  fragment FirmEditor_FirmFragment on Firm {
    id
    ...CompletenessMeter_FirmFragment
    ...FirmProfileForm_FirmFragment
    ...LogoUpload_FirmFragment
    ...FirmHistory_FirmFragment
  }
`);

export const FirmEditor_QueryFragment = graphql(`
  fragment FirmEditor_QueryFragment on Query {
    capabilities {
      id
      ...FirmProfileForm_CapabilityFragment
    }
  }
`);

/** The whole editable profile: completeness, the form in sections with the logo, and the history. */
export function FirmEditor(props: {
  firm: FragmentType<typeof FirmEditor_FirmFragment>;
  query: FragmentType<typeof FirmEditor_QueryFragment>;
}) {
  const { t } = useTranslation('firms');
  const firm = getFragmentData(FirmEditor_FirmFragment, props.firm);
  const { capabilities } = getFragmentData(FirmEditor_QueryFragment, props.query);
  return (
    <div className="firm-editor-frame">
      <div className="firm-editor">
        <div className="firm-editor__side stack">
          <CompletenessMeter firm={firm} />
          <p>
            <Link to={`/firms/${firm.id}`}>{t('profile.viewPage')}</Link>
          </p>
        </div>
        <div className="firm-editor__main stack">
          <FirmProfileForm firm={firm} capabilities={capabilities} logo={<LogoUpload firm={firm} />} />
          <FirmHistory firm={firm} />
        </div>
      </div>
    </div>
  );
}
