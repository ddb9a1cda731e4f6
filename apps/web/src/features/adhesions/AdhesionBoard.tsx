import { ADHESION_STATUSES } from '@filiera/shared';
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { DragBoard, useDragBoardTexts, useDragCard, useDropColumn } from '../../components/DragBoard';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { AdhesionStatus } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { CeasedBadge } from '../firm-registry/CeasedBadge';
import { MoveAdhesionDialog } from './MoveAdhesionDialog';

export const AdhesionBoard_AdhesionFragment = graphql(`
  fragment AdhesionBoard_AdhesionFragment on Adhesion {
    id
    status
    nextStatuses
    firm {
      id
      legalName
      hamlet
      kind
      ceasedOn
    }
  }
`);

/** The columns in the order a firm walks them. */
export const BOARD_COLUMNS = ADHESION_STATUSES satisfies readonly AdhesionStatus[];

const statusOf = (column: string) => BOARD_COLUMNS.find((s) => s === column);

/**
 * Cards a column shows before "Show all": the most recently changed first, so a long column (dozens of
 * interested firms) keeps the board a screen high; its count still says how many there are.
 */
export const COLLAPSED_CARDS = 6;

/**
 * Firms by adhesion status. Each card has a "Move to…" button; cards can also be dragged to another
 * column (with a pointer, or with the keyboard from their drag handle), which opens the same dialog with
 * that status chosen.
 */
export function AdhesionBoard(props: {
  adhesions: readonly FragmentType<typeof AdhesionBoard_AdhesionFragment>[];
  canManage: boolean;
  onMoved(message: string): void;
}) {
  const { t } = useTranslation('adhesions');
  const format = useFormat();
  const adhesions = getFragmentData(AdhesionBoard_AdhesionFragment, props.adhesions);
  const [moving, setMoving] = useState<{ id: string; to: AdhesionStatus | null } | null>(null);
  const drag = useDragBoardTexts('adhesions');
  const [expanded, setExpanded] = useState<ReadonlySet<AdhesionStatus>>(new Set());
  const toggle = (status: AdhesionStatus) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(status)) next.add(status);
      return next;
    });
  const board = useRef<HTMLDivElement>(null);
  const hidden = useHiddenColumns(board);

  return (
    <>
      {props.canManage && <p className="muted">{t('board.dragHint')}</p>}
      <p className="adhesion-board__hint" id="adhesion-board-hint" aria-live="polite">
        {hidden > 0 && t('board.scrollHint', { count: hidden })}
      </p>
      <DragBoard
        texts={drag.texts}
        cardName={(id) => adhesions.find((a) => a.id === id)?.firm.legalName ?? ''}
        columnName={(column) => {
          const status = statusOf(column);
          return status ? t(`enums.AdhesionStatus.${status}`) : '';
        }}
        columnOf={(id) => adhesions.find((a) => a.id === id)?.status}
        onMove={(id, column) => {
          const status = statusOf(column);
          if (status) setMoving({ id, to: status });
        }}
      >
        <div
          ref={board}
          className={`adhesion-board${hidden > 0 ? ' adhesion-board--more' : ''}`}
          role="region"
          aria-label={t('board.caption')}
          aria-describedby="adhesion-board-hint"
          tabIndex={0}
        >
          {BOARD_COLUMNS.map((status) => {
            const items = adhesions.filter((a) => a.status === status);
            const open = expanded.has(status) || items.length <= COLLAPSED_CARDS;
            const shown = open ? items : items.slice(0, COLLAPSED_CARDS);
            const headingId = `adhesion-column-${status}`;
            const listId = `adhesion-column-${status}-list`;
            return (
              <AdhesionColumn key={status} status={status} canManage={props.canManage}>
                <h2 className="adhesion-column__title" id={headingId}>
                  <span>{t(`enums.AdhesionStatus.${status}`)}</span>
                  <span className="badge">{format.number(items.length)}</span>
                </h2>
                {items.length === 0 ? (
                  <p className="muted">{t('board.empty')}</p>
                ) : (
                  <ul className="adhesion-column__list" id={listId}>
                    {shown.map((a) => (
                      <AdhesionCard
                        key={a.id}
                        id={a.id}
                        dragLabel={drag.handleLabel(a.firm.legalName)}
                        move={
                          props.canManage && a.nextStatuses.length > 0 ? (
                            <Button variant="secondary" onClick={() => setMoving({ id: a.id, to: null })}>
                              {t('board.moveTo')}
                              <span className="visually-hidden"> {a.firm.legalName}</span>
                            </Button>
                          ) : null
                        }
                      >
                        <Link
                          to={`/adhesions/${a.id}`}
                          className="adhesion-card__name"
                          aria-label={t('board.details', { firm: a.firm.legalName })}
                        >
                          {a.firm.legalName}
                        </Link>
                        <span className="muted">
                          {t(`enums.FirmKind.${a.firm.kind}`)}
                          {a.firm.hamlet ? ` · ${a.firm.hamlet}` : ''}
                        </span>
                        <CeasedBadge on={a.firm.ceasedOn} />
                      </AdhesionCard>
                    ))}
                  </ul>
                )}
                {items.length > COLLAPSED_CARDS && (
                  <Button
                    variant="quiet"
                    className="adhesion-column__more"
                    aria-expanded={open}
                    aria-controls={listId}
                    onClick={() => toggle(status)}
                  >
                    {open
                      ? t('board.showFirst', { count: COLLAPSED_CARDS })
                      : t('board.showAll', { count: items.length })}
                  </Button>
                )}
              </AdhesionColumn>
            );
          })}
        </div>
      </DragBoard>
      {moving && (
        <MoveAdhesionDialog
          adhesionId={moving.id}
          initialTo={moving.to}
          onClose={(moved) => {
            setMoving(null);
            if (moved) {
              props.onMoved(
                t('move.moved', {
                  firm: moved.firm,
                  status: t(`enums.AdhesionStatus.${moved.status}`),
                }),
              );
            }
          }}
        />
      )}
    </>
  );
}

/** A status column, on which a dragged card can be dropped (outlined while a card is over it). */
function AdhesionColumn(props: { status: AdhesionStatus; canManage: boolean; children: ReactNode }) {
  const { columnProps, isOver } = useDropColumn(props.status, !props.canManage);
  return (
    <section
      {...columnProps}
      className={`adhesion-column${isOver ? ' adhesion-column--drop' : ''}`}
      aria-labelledby={`adhesion-column-${props.status}`}
    >
      {props.children}
    </section>
  );
}

/** A firm's card, with a drag handle when it can move. */
/**
 * A firm's card. A card that can move has its "Move to…" button (`move`) and its drag handle side by side
 * under the firm, so the handle takes no width from the firm's name.
 */
function AdhesionCard(props: { id: string; dragLabel: string; move: ReactNode; children: ReactNode }) {
  const drag = useDragCard(props.id, { enabled: props.move !== null, label: props.dragLabel });
  return (
    <li className="adhesion-card" {...drag.cardProps}>
      {props.children}
      {props.move !== null && (
        <div className="adhesion-card__actions">
          {props.move}
          {drag.handle}
        </div>
      )}
    </li>
  );
}

/** How many columns lie wholly or partly beyond the board's right edge (0 when all are in view). */
function useHiddenColumns(board: RefObject<HTMLDivElement | null>): number {
  const [hidden, setHidden] = useState(0);
  useEffect(() => {
    const el = board.current;
    if (!el) return;
    const measure = () => {
      const right = el.getBoundingClientRect().right;
      const columns = [...el.children].filter((c) => c.getBoundingClientRect().right > right + 1);
      setHidden(columns.length);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const column of el.children) observer.observe(column);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, [board]);
  return hidden;
}
