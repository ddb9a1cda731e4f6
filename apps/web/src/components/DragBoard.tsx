import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { type DragEvent, type KeyboardEventHandler, type PointerEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './DragBoard.css';

/** What a board says to screen readers while a card is dragged, in the interface language. */
export interface DragBoardTexts {
  /** Read on a drag handle: how to pick the card up and move it with the keyboard. */
  instructions: string;
  pickedUp(card: string): string;
  over(card: string, column: string): string;
  outside(card: string): string;
  dropped(card: string, column: string): string;
  cancelled(card: string): string;
}

/** A board's texts from its feature's namespace (`board.drag`), with the drag handle's label. */
export function useDragBoardTexts(namespace: 'tasks' | 'adhesions') {
  const { t } = useTranslation(namespace);
  const texts: DragBoardTexts = {
    instructions: t('board.drag.instructions'),
    pickedUp: (card) => t('board.drag.pickedUp', { card }),
    over: (card, column) => t('board.drag.over', { card, column }),
    outside: (card) => t('board.drag.outside', { card }),
    dropped: (card, column) => t('board.drag.dropped', { card, column }),
    cancelled: (card) => t('board.drag.cancelled', { card }),
  };
  return { texts, handleLabel: (card: string) => t('board.drag.handle', { card }) };
}

const STEPS: Partial<Record<string, 1 | -1>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * The keyboard moves a picked-up card a whole column at a time (→ or ↓ to the next, ← or ↑ to the
 * previous), in the columns' order on screen: side by side, or stacked on a phone.
 */
const byColumn: KeyboardCoordinateGetter = (event, { context }) => {
  const step = STEPS[event.code];
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!step || !collisionRect) return undefined;
  event.preventDefault();
  const columns = droppableContainers
    .getEnabled()
    .flatMap((c) => {
      const rect = droppableRects.get(c.id);
      return rect ? [{ id: c.id, rect }] : [];
    })
    .sort((a, b) => a.rect.left - b.rect.left || a.rect.top - b.rect.top);
  const next = columns[columns.findIndex((c) => c.id === over?.id) + step];
  if (!next) return undefined;
  return { x: next.rect.left + 8, y: next.rect.top + 8 };
};

/**
 * Cards dragged between columns with dnd-kit: by pointer or touch, or with the keyboard from a card's
 * drag handle (space to pick up, arrows to change column, space to drop, escape to cancel), each step
 * announced to screen readers. A drop on another column calls `onMove`; the card itself moves only when
 * the feature saves the change.
 */
export function DragBoard(props: {
  children: ReactNode;
  texts: DragBoardTexts;
  /** The name a card is announced by (a task's title, a firm's name). */
  cardName(id: string): string;
  columnName(id: string): string;
  /** The column a card is in, so a drop back on it moves nothing. */
  columnOf(id: string): string | undefined;
  onMove(card: string, column: string): void;
}) {
  const sensors = useSensors(
    // A click or a tap on a card's link or button is not a drag: it moves a few pixels first.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: byColumn }),
  );
  const name = (id: UniqueIdentifier) => props.cardName(String(id));
  const announcements: Announcements = {
    onDragStart: ({ active: a }) => props.texts.pickedUp(name(a.id)),
    onDragOver: ({ active: a, over }) =>
      over
        ? props.texts.over(name(a.id), props.columnName(String(over.id)))
        : props.texts.outside(name(a.id)),
    onDragEnd: ({ active: a, over }) =>
      over
        ? props.texts.dropped(name(a.id), props.columnName(String(over.id)))
        : props.texts.cancelled(name(a.id)),
    onDragCancel: ({ active: a }) => props.texts.cancelled(name(a.id)),
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={rectIntersection}
      accessibility={{ announcements, screenReaderInstructions: { draggable: props.texts.instructions } }}
      onDragEnd={({ active: a, over }) => {
        const card = String(a.id);
        if (over && String(over.id) !== props.columnOf(card)) props.onMove(card, String(over.id));
      }}
    >
      {props.children}
    </DndContext>
  );
}

/**
 * A column cards can be dropped on: `columnProps` for its element (a `ref`), and whether a card is over
 * it (to outline it).
 */
export function useDropColumn(id: string, disabled = false) {
  const { setNodeRef, isOver } = useDroppable({ id, disabled });
  return { columnProps: { ref: setNodeRef }, isOver };
}

/**
 * A card that can be dragged: `cardProps` go on the card (a pointer drags it from anywhere), `handle` (a
 * button, the keyboard's way in, and on a touch screen the place to drag from) inside it. Without
 * `enabled` there is no handle and the card stays put.
 */
export function useDragCard(id: string, options: { enabled: boolean; label: string }) {
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, isDragging, transform } = useDraggable({
    id,
    disabled: !options.enabled,
  });
  // dnd-kit types its listeners loosely (Function); these are React's pointer and keyboard handlers.
  const onPointerDown = listeners?.onPointerDown as PointerEventHandler | undefined;
  const onKeyDown = listeners?.onKeyDown as KeyboardEventHandler | undefined;
  const handle = options.enabled ? (
    <button
      type="button"
      ref={setActivatorNodeRef}
      className="drag-board__handle"
      {...attributes}
      onKeyDown={onKeyDown}
      aria-label={options.label}
    >
      <svg aria-hidden="true" viewBox="0 0 10 16" width="10" height="16" focusable="false">
        <path fill="currentColor" d="M2 2h2v2H2zm4 0h2v2H6zM2 7h2v2H2zm4 0h2v2H6zm-4 5h2v2H2zm4 0h2v2H6z" />
      </svg>
    </button>
  ) : null;
  return {
    cardProps: {
      ref: setNodeRef,
      onPointerDown,
      // dnd-kit moves the card, not the browser: no native drag of its link or text.
      onDragStart: (event: DragEvent) => event.preventDefault(),
      'data-dragging': isDragging || undefined,
      // The card follows the pointer (or jumps column by column with the keyboard) until it is dropped.
      style: transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined,
    },
    handle,
  };
}
