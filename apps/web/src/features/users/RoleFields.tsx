import { useTranslation } from 'react-i18next';
import { Select } from '../../components/Select';
import type { Role } from '../../gql/graphql';
import { FirmPicker } from './FirmPicker';

/** The roles in the order an administrator thinks of them. */
const ROLES = ['ADMIN', 'CONSULTANT', 'CHAMBER', 'FIRM'] as const satisfies readonly Role[];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * A person's role and, for a firm user, the firm (inviting someone, changing a role): their messages are
 * the form's (`useFormProblem`), forgotten as the person changes either.
 */
export function RoleFields(props: {
  label: string;
  role: string;
  firmId: string;
  onRole(role: string): void;
  onFirm(firmId: string): void;
  /** The form's useFormProblem (any form whose fields include role and firmId). */
  form: {
    field(name: 'role'): { name: string; error: string | null };
    forget(field: 'role' | 'firmId'): void;
    fieldMessage(field: 'firmId'): string | null;
  };
  /** Shown while no role is chosen yet; a role is then required. */
  placeholder?: string;
}) {
  const { t } = useTranslation('users');
  const { form } = props;
  return (
    <>
      <Select
        label={props.label}
        {...form.field('role')}
        value={props.role}
        required={props.placeholder !== undefined}
        placeholder={props.placeholder}
        options={ROLES.map((r) => ({ value: r, label: t(`enums.Role.${r}`) }))}
        onChange={(e) => {
          props.onRole(e.target.value);
          form.forget('role');
          form.forget('firmId');
        }}
      />
      {props.role === 'FIRM' && (
        <FirmPicker
          legend={t('firmPicker.firm')}
          value={props.firmId}
          onChange={(id) => {
            props.onFirm(id);
            form.forget('firmId');
          }}
          error={form.fieldMessage('firmId')}
        />
      )}
    </>
  );
}

/** A person's role and firm ("—" for none) as two cells of a row: the users and the invitations tables. */
export function RoleCells({ role, firm }: { role: Role; firm?: { legalName: string } | null }) {
  const { t } = useTranslation('users');
  return (
    <>
      <td>{t(`enums.Role.${role}`)}</td>
      <td>{firm?.legalName ?? '—'}</td>
    </>
  );
}
