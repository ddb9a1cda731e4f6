import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { Table } from '../../components/Table';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useFormat } from '../../i18n/format';

export const UsersTable_UserFragment = graphql(`
  fragment UsersTable_UserFragment on User {
    id
    name
    email
    role
    lastSignInAt
    firm {
      id
      legalName
    }
  }
`);

/** People who can sign in, with role and firm. */
export function UsersTable(props: { users: readonly FragmentType<typeof UsersTable_UserFragment>[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const users = getFragmentData(UsersTable_UserFragment, props.users);
  if (users.length === 0) return <EmptyState message={t('users.list.empty')} />;
  return (
    <Table caption={t('users.list.caption')} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t('users.list.name')}</th>
          <th scope="col">{t('users.list.email')}</th>
          <th scope="col">{t('users.list.role')}</th>
          <th scope="col">{t('users.list.firm')}</th>
          <th scope="col">{t('users.list.lastSignIn')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id}>
            <th scope="row">{user.name}</th>
            <td>{user.email}</td>
            <td>{t(`enums.Role.${user.role}`)}</td>
            <td>{user.firm?.legalName ?? '—'}</td>
            <td className="table__nowrap">
              {user.lastSignInAt ? (
                <time dateTime={user.lastSignInAt}>{format.dateTime(user.lastSignInAt)}</time>
              ) : (
                t('users.list.never')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
