import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { TextArea } from '../../components/TextArea';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ContractSection } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { useFormProblem } from '../../lib/useFormProblem';

export const SectionComments_NetworkContractFragment = graphql(`
  fragment SectionComments_NetworkContractFragment on NetworkContract {
    viewerCanComment
    comments(first: 50) {
      totalCount
      edges {
        node {
          id
          section
          body
          createdAt
          author {
            id
            name
          }
        }
      }
    }
  }
`);

const AddContractCommentMutation = graphql(`
  mutation AddContractComment($input: AddContractCommentInput!) {
    addContractComment(input: $input) {
      id
    }
  }
`);

/** The comments on one section, and for consultants and the manager a form to add one. */
export function SectionComments(props: {
  contract: FragmentType<typeof SectionComments_NetworkContractFragment>;
  section: ContractSection;
}) {
  const { t } = useTranslation('contract');
  const format = useFormat();
  const c = getFragmentData(SectionComments_NetworkContractFragment, props.contract);
  const comments = c.comments.edges.map((e) => e.node).filter((n) => n.section === props.section);
  const [body, setBody] = useState('');
  const { problem, setProblem, fail, notice } = useFormProblem(['body']);
  const [add, { loading }] = useMutation(AddContractCommentMutation, { refetchQueries: ['ContractPage'] });
  const sectionName = t(`sections.${props.section}`);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await add({ variables: { input: { section: props.section, body } } });
      setBody('');
    } catch (error) {
      fail(error);
    }
  };

  if (comments.length === 0 && !c.viewerCanComment) return null;
  return (
    <details className="section-comments" open={comments.length > 0 || undefined}>
      <summary>
        {t('comments.show')} ({t('comments.count', { count: comments.length })})
      </summary>
      {comments.length > 0 && (
        <ul className="comment-list">
          {comments.map((n) => (
            <li key={n.id}>
              <p className="comment-list__body">{n.body}</p>
              <p className="muted">
                {t('comments.by', {
                  author: n.author?.name ?? '—',
                  date: format.dateTime(n.createdAt),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {c.viewerCanComment && (
        <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
          {notice}
          <TextArea
            label={t('comments.label', { section: sectionName })}
            value={body}
            rows={2}
            required
            error={problem?.fields.body ? t(problem.fields.body.key, problem.fields.body.params ?? {}) : null}
            onChange={(e) => setBody(e.target.value)}
          />
          <div className="form__actions">
            <Button type="submit" variant="secondary" busy={loading} disabled={!body.trim()}>
              {t('comments.add')}
            </Button>
          </div>
        </form>
      )}
    </details>
  );
}
