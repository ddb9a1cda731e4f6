import { parseDate, parseDateTime, type CalendarDate, type CalendarDateTime } from '@internationalized/date';
import type { ReactNode } from 'react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
  Text,
} from 'react-aria-components';
import { cx } from '../lib/cx';
import { LOCALES, useLanguage } from '../i18n/format';
import './DateField.css';

export interface DateFieldProps {
  label: string;
  /**
   * Submitted with the form as YYYY-MM-DD, or YYYY-MM-DDTHH:mm with `withTime` ('' when empty), like a
   * native date or datetime-local input.
   */
  name?: string;
  /** A day and a time of day (hours and minutes) rather than a day alone. */
  withTime?: boolean;
  /** Controlled value, YYYY-MM-DD (YYYY-MM-DDTHH:mm with `withTime`) or ''. */
  value?: string;
  defaultValue?: string | null;
  /** Called with the value as `value` reads it, or '' when the field is emptied or not yet whole. */
  onChange?: (value: string) => void;
  /** Earliest and latest value that can be chosen, in the form of `value`. */
  min?: string;
  max?: string;
  required?: boolean;
  description?: ReactNode;
  /** The problem with the value; marks the field invalid and is read with it. */
  error?: string | null;
  className?: string;
}

/** A whole YYYY-MM-DD day (YYYY-MM-DDTHH:mm with time) as a calendar value; null for anything else. */
function toCalendarValue(
  value: string | null | undefined,
  withTime: boolean | undefined,
): CalendarDate | CalendarDateTime | null {
  if (!value) return null;
  try {
    return withTime ? parseDateTime(value) : parseDate(value);
  } catch {
    return null;
  }
}

/** The value as `onChange` gives it: the day, or the day and the minute (no seconds, like datetime-local). */
const valueString = (date: CalendarDate | CalendarDateTime | null) =>
  date ? date.toString().slice(0, 'YYYY-MM-DDTHH:mm'.length) : '';

/**
 * A date typed or picked in the interface language's order (dd/mm/yyyy in Italian and in British English,
 * then hh:mm on a 24-hour clock with `withTime`), whatever the browser's own locale: React Aria's
 * DatePicker, whose day, month, year, hour and minute are each a spin button and whose calendar opens in
 * a dialog, all keyboard- and screen-reader-friendly.
 */
export function DateField(props: DateFieldProps) {
  const language = useLanguage();
  const controlled = props.value !== undefined;
  const toCalendarDate = (value: string | null | undefined) => toCalendarValue(value, props.withTime);
  return (
    <I18nProvider locale={LOCALES[language]}>
      <DatePicker
        className={cx('field', 'date-field', props.error && 'field--invalid', props.className)}
        name={props.name}
        {...(controlled
          ? { value: toCalendarDate(props.value) }
          : { defaultValue: toCalendarDate(props.defaultValue) })}
        onChange={(date) => props.onChange?.(valueString(date))}
        minValue={toCalendarDate(props.min) ?? undefined}
        maxValue={toCalendarDate(props.max) ?? undefined}
        isRequired={props.required}
        isInvalid={props.error ? true : undefined}
        validationBehavior="aria"
        granularity={props.withTime ? 'minute' : 'day'}
        hourCycle={24}
      >
        <Label className="field__label">{props.label}</Label>
        {props.description && (
          <Text slot="description" className="field__description">
            {props.description}
          </Text>
        )}
        <Group className="field__control date-field__group">
          <DateInput className="date-field__input">
            {(segment) => <DateSegment segment={segment} className="date-field__segment" />}
          </DateInput>
          <Button className="date-field__button">
            <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
              <path fill="currentColor" d="M4 1h1v2h6V1h1v2h2.5v12h-13V3H4zM2.5 6v8h11V6zm0-2v1h11V4z" />
            </svg>
          </Button>
        </Group>
        {props.error && <FieldError className="field__error">{props.error}</FieldError>}
        <Popover className="date-field__popover" placement="bottom start">
          <Dialog className="date-field__dialog">
            <Calendar className="date-field__calendar">
              <header className="spread">
                <Button slot="previous" className="date-field__nav">
                  ‹
                </Button>
                <Heading className="date-field__heading" />
                <Button slot="next" className="date-field__nav">
                  ›
                </Button>
              </header>
              <CalendarGrid className="date-field__grid">
                {(date) => <CalendarCell date={date} className="date-field__cell" />}
              </CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}
