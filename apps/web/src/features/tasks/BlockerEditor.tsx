import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';
import { useTaskErrorMessage } from './task-helpers';

const BlockerCandidatesQuery = graphql(`
  query BlockerCandidates($search: String) {
    tasks(filter: { search: $search }, orderBy: TITLE, first: 20) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const SetBlockersMutation = graphql(`
  mutation SetTaskBlockers($input: SetTaskBlockersInput!) {
    setTaskBlockers(input: $input) {
      id
      version
      openBlockerCount
      blockedBy {
        id
        title
        status
      }
    }
  }
`);

/** Adds and removes the tasks this one waits for; a cycle is refused and named. */
export function BlockerEditor(props: {
  taskId: string;
  version: number;
  blockers: readonly { id: string; title: string }[];
}) {
  const { t } = useTranslation('tasks');
  const taskError = useTaskErrorMessage();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const candidates = useQuery(BlockerCandidatesQuery, { variables: { search: search.trim() || null } });
  const [save, { loading }] = useMutation(SetBlockersMutation, { refetchQueries: ['TaskDetail'] });

  const apply = async (blockerIds: string[]) => {
    setError(null);
    try {
      await save({ variables: { input: { id: props.taskId, version: props.version, blockerIds } } });
      setChosen('');
    } catch (e) {
      setError(taskError(e));
    }
  };
  const current = props.blockers.map((b) => b.id);
  const options = (candidates.data?.tasks.edges ?? [])
    .map((e) => e.node)
    .filter((n) => n.id !== props.taskId && !current.includes(n.id))
    .map((n) => ({ value: n.id, label: n.title }));

  return (
    <div className="stack">
      {error && (
        <Notice tone="error" role="alert">
          {error}
        </Notice>
      )}
      {props.blockers.length > 0 && (
        <ul className="week-list">
          {props.blockers.map((b) => (
            <li key={b.id}>
              {b.title}{' '}
              <Button
                variant="quiet"
                busy={loading}
                onClick={() => void apply(current.filter((id) => id !== b.id))}
              >
                {t('detail.remove', { title: b.title })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="task-form__row"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) void apply([...current, chosen]);
        }}
      >
        <TextField
          label={t('detail.addBlocker')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Select
          label={t('detail.chooseBlocker')}
          value={chosen}
          placeholder="—"
          options={options}
          onChange={(e) => setChosen(e.target.value)}
        />
        <Button type="submit" variant="secondary" busy={loading} disabled={!chosen}>
          {t('detail.add')}
        </Button>
      </form>
    </div>
  );
}
