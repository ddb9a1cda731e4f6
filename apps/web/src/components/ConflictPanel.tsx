import { createElement, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Table } from './Table';

export interface ConflictRow {
  key: string;
  /** The field's label. */
  label: string;
  /** The value saved meanwhile by someone else, and the person's own, as shown. */
  theirs: string;
  mine: string;
}

export interface ConflictPanelProps {
  /** Names what was saved first, e.g. "Someone else saved the profile before you". */
  heading: string;
  rows: readonly ConflictRow[];
  onReapply(): void;
  onDiscard(): void;
  /** The heading's level where the panel sits (2 on a page, 4 inside a card). */
  level?: 2 | 3 | 4;
}

/**
 * Someone saved first (CONFLICT): the fields both sides changed, side by side, and the choice to reapply
 * one's changes on the newer version or drop them (the words are the core `conflict` strings, the same in
 * every form). It takes focus when shown, so keyboard and screen-reader users land on the choice to make.
 */
export function ConflictPanel(props: ConflictPanelProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="notice notice--error" role="alert" ref={ref} tabIndex={-1}>
      {createElement(`h${props.level ?? 2}`, { className: 'card__title' }, props.heading)}
      <p>{t('conflict.intro')}</p>
      {props.rows.length > 0 && (
        <Table caption={props.heading} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.theirs')}</th>
              <th scope="col">{t('conflict.mine')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{r.theirs}</td>
                <td>{r.mine}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <div className="form__actions">
        <Button onClick={props.onReapply}>{t('conflict.reapply')}</Button>
        <Button variant="secondary" onClick={props.onDiscard}>
          {t('conflict.discard')}
        </Button>
      </div>
    </div>
  );
}
