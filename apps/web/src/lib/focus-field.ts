/**
 * Moves the focus to a form's control by name, e.g. the first field refused. A date field sends its value
 * in a hidden input, which cannot take the focus: its first segment (the day) takes it instead.
 */
export function focusField(form: HTMLFormElement | null | undefined, name: string): void {
  const control = form?.elements.namedItem(name);
  if (control instanceof HTMLInputElement && control.type === 'hidden') {
    control.closest('.date-field')?.querySelector<HTMLElement>('[role="spinbutton"]')?.focus();
  } else if (control instanceof HTMLElement) {
    control.focus();
  }
}
