import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useConfirm } from '../../components/ConfirmDialog';
import { OutcomeNotice, type Outcome } from '../../components/Notice';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { useFormProblem } from '../../lib/useFormProblem';
import { isRole, RoleFields } from './RoleFields';

const ChangeUserRoleMutation = graphql(`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      id
      role
      version
      twoFactorEnabled
      firm {
        id
        legalName
      }
    }
  }
`);

const ResetUserTwoFactorMutation = graphql(`
  mutation ResetUserTwoFactor($input: ResetUserTwoFactorInput!) {
    resetUserTwoFactor(input: $input) {
      id
      version
      twoFactorEnabled
    }
  }
`);

export interface ManagedUser {
  id: string;
  name: string;
  role: Role;
  version: number;
  twoFactorEnabled: boolean;
  firm?: { id: string } | null;
}

/**
 * ADMIN, for one user: change the role (and firm, for a firm user), or reset two-factor sign-in for a
 * person who lost their phone. The answers update the users table through the normalised cache.
 */
export function UserAdminPanel({ user, onClose }: { user: ManagedUser; onClose: () => void }) {
  const { t } = useTranslation('users');
  const [changeRole, { loading: changing }] = useMutation(ChangeUserRoleMutation);
  const [resetTwoFactor, { loading: resetting }] = useMutation(ResetUserTwoFactorMutation);
  const [ask, confirmation] = useConfirm();
  const [role, setRole] = useState<string>(user.role);
  const [firmId, setFirmId] = useState(user.firm?.id ?? '');
  const form = useFormProblem(['role', 'firmId'], { formReasons: { last_admin: t('list.lastAdmin') } });
  const { setProblem, fail, refuse, notice } = form;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => heading.current?.focus(), [user.id]);

  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOutcome(null);
    const refused = refuse(event.currentTarget, {
      firmId: role === 'FIRM' && !firmId && t('firmPicker.required'),
    });
    if (refused || !isRole(role)) return;
    try {
      await changeRole({
        variables: {
          input: { id: user.id, role, firmId: role === 'FIRM' ? firmId : null, version: user.version },
        },
      });
      setOutcome({
        tone: 'success',
        text: t('manage.roleChanged', { name: user.name, role: t(`enums.Role.${role}`) }),
      });
    } catch (error) {
      fail(error);
    }
  };

  const onReset = async () => {
    const sure = await ask({
      title: t('manage.resetConfirm', { name: user.name }),
      confirmLabel: t('manage.reset'),
      danger: true,
    });
    if (!sure) return;
    setOutcome(null);
    setProblem(null);
    try {
      await resetTwoFactor({ variables: { input: { id: user.id, version: user.version } } });
      setOutcome({ tone: 'success', text: t('manage.resetDone', { name: user.name }) });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="stack" aria-labelledby={headingId}>
      {confirmation}
      <h3 id={headingId} ref={heading} tabIndex={-1} className="card__title">
        {t('manage.heading', { name: user.name })}
      </h3>
      <OutcomeNotice outcome={outcome} />
      {notice}
      <form className="form" noValidate onSubmit={(e) => void onSave(e)}>
        <RoleFields
          label={t('manage.role')}
          role={role}
          firmId={firmId}
          onRole={setRole}
          onFirm={setFirmId}
          form={form}
        />
        <p className="muted">{t('manage.roleHint')}</p>
        <div className="form__actions">
          <Button type="submit" busy={changing}>
            {t('manage.saveRole')}
          </Button>
          {user.twoFactorEnabled && (
            <Button variant="danger" busy={resetting} onClick={() => void onReset()}>
              {t('manage.reset')}
            </Button>
          )}
          <Button variant="secondary" onClick={onClose}>
            {t('manage.close')}
          </Button>
        </div>
      </form>
    </section>
  );
}
