import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { OutcomeNotice } from '../../components/Notice';
import { Table } from '../../components/Table';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';
import { useActionOutcome } from '../../lib/useActionOutcome';
import { RoleCells } from './RoleFields';
import { UserAdminPanel } from './UserAdminPanel';

export const UsersTable_UserFragment = graphql(`
  fragment UsersTable_UserFragment on User {
    id
    name
    email
    role
    lastSignInAt
    active
    version
    twoFactorEnabled
    firm {
      id
      legalName
    }
  }
`);

const SetUserActiveMutation = graphql(`
  mutation SetUserActive($input: SetUserActiveInput!) {
    setUserActive(input: $input) {
      id
      active
      version
    }
  }
`);

/** People who can sign in, with role, firm and whether they are active; the ADMIN (de)activates them. */
export function UsersTable(props: { users: readonly FragmentType<typeof UsersTable_UserFragment>[] }) {
  const { t } = useTranslation('users');
  const format = useFormat();
  const users = getFragmentData(UsersTable_UserFragment, props.users);
  // The returned active flag and version update the row through the normalised cache.
  const [setActive] = useMutation(SetUserActiveMutation);
  const [managing, setManaging] = useState<string | null>(null);
  const managed = users.find((u) => u.id === managing);
  const { outcome, busy, run } = useActionOutcome();

  const onToggle = (user: (typeof users)[number]) =>
    run(
      () => setActive({ variables: { input: { id: user.id, active: !user.active, version: user.version } } }),
      {
        busy: user.id,
        done: t(user.active ? 'list.deactivated' : 'list.reactivated', { name: user.name }),
        byReason: { last_admin: t('list.lastAdmin') },
      },
    );

  if (users.length === 0) return <EmptyState message={t('list.empty')} />;
  return (
    <>
      <OutcomeNotice outcome={outcome} />
      {managed && <UserAdminPanel user={managed} onClose={() => setManaging(null)} />}
      <Table
        caption={t('list.caption')}
        captionHidden
        columns={[
          t('list.name'),
          t('list.email'),
          t('list.role'),
          t('list.firm'),
          t('list.lastSignIn'),
          t('list.status'),
          t('list.twoFactor'),
          t('list.actions'),
        ]}
      >
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">{user.name}</th>
              <td>{user.email}</td>
              <RoleCells role={user.role} firm={user.firm} />
              <td className="table__nowrap">
                {user.lastSignInAt ? (
                  <time dateTime={user.lastSignInAt}>{format.dateTime(user.lastSignInAt)}</time>
                ) : (
                  t('list.never')
                )}
              </td>
              <td>{t(user.active ? 'list.active' : 'list.inactive')}</td>
              <td>{t(user.twoFactorEnabled ? 'list.twoFactorOn' : 'list.twoFactorOff')}</td>
              <td>
                <div className="form__actions">
                  <Button
                    variant="secondary"
                    aria-label={t('manage.label', { name: user.name })}
                    onClick={() => setManaging(user.id)}
                  >
                    {t('manage.open')}
                  </Button>
                  <Button
                    variant="secondary"
                    busy={busy === user.id}
                    aria-label={t(user.active ? 'list.deactivateLabel' : 'list.reactivateLabel', {
                      name: user.name,
                    })}
                    onClick={() => void onToggle(user)}
                  >
                    {t(user.active ? 'list.deactivate' : 'list.reactivate')}
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
