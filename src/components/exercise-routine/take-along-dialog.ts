// The take-along code loaded on demand (src/components/chunks.ts): the reminders dialog, the
// calendar file, sharing, and the dialog the QR code (phone-dialog.ts) shows in too.
import { adoptStyles, html, render, supportsAdoptingStyleSheets, type LitElement } from 'lit';
import { estimateRoutineMinutes } from '../../data/estimate-duration.js';
import { takeAlongStringsFor, type TakeAlongStrings } from '../../i18n/take-along.js';
import { buildIcs, WEEKDAYS, type Weekday } from '../../internal/ics.js';
import type { TakeAlongContext } from './take-along.js';
import { takeAlongDialogStyles } from './take-along-dialog.styles.js';

export { takeAlongStringsFor };

/**
 * The page's address with a fragment that brings a reader to the widget: the element's `id`,
 * or one it is given here, unique in its document.
 */
export function widgetUrl(host: HTMLElement): string {
  if (!host.id) {
    let id = host.localName;
    for (let n = 2; host.ownerDocument.getElementById(id); n++) id = `${host.localName}-${n}`;
    host.id = id;
  }
  const url = new URL(host.ownerDocument.URL);
  url.hash = host.id;
  return url.href;
}

/** Minutes before the reminder that the calendar alerts. */
const ALARM_MINUTES = 15;
const styled = new WeakSet<ShadowRoot>();

/**
 * Adds the dialogs' styles to `root`'s own, keeping what others adopted there (the workout
 * view's); again if they were replaced since.
 */
function adoptDialogStyles(root: ShadowRoot): void {
  const sheet = takeAlongDialogStyles.styleSheet;
  if (!supportsAdoptingStyleSheets || !sheet) {
    // Lit's fallback: <style> elements, added once.
    if (!styled.has(root)) adoptStyles(root, [takeAlongDialogStyles]);
    styled.add(root);
  } else if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/**
 * Shows `content` in a native modal `<dialog>` titled `title` in the host's shadow root: the
 * page behind is inert (focus stays in), Escape closes it, and focus goes back to the opener.
 */
export function openDialog(
  context: TakeAlongContext,
  title: string,
  content: (close: () => void) => unknown,
): HTMLDialogElement {
  const { host, strings: s } = context;
  const root = host.renderRoot as ShadowRoot;
  adoptDialogStyles(root);
  const dialog = host.ownerDocument.createElement('dialog');
  dialog.className = 'take-along-dialog';
  dialog.lang = s.lang;
  dialog.setAttribute('aria-labelledby', 'take-along-title');
  root.append(dialog);
  const close = () => dialog.close();
  render(
    html`<h2 id="take-along-title">${title}</h2>
      ${content(close)}
      <button class="button button--quiet take-along-dialog__close" type="button" @click=${close}>
        ${s.close}
      </button>`,
    dialog,
    { host },
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    context.opener?.focus();
  });
  dialog.showModal();
  return dialog;
}

/** The reminders dialog: days of the week and a time, then a calendar file to download. */
export function reminders(context: TakeAlongContext): HTMLDialogElement {
  const t = takeAlongStringsFor(context.strings.lang);
  const dayNames = new Intl.DateTimeFormat(context.strings.lang, { weekday: 'long' });
  // 2024-01-01 was a Monday.
  const dayName = (index: number) => dayNames.format(new Date(2024, 0, 1 + index));
  const dialog = openDialog(
    context,
    context.strings.addReminders,
    () =>
      html`<form
        class="reminders"
        novalidate
        @submit=${(event: SubmitEvent) => submit(event, context, t)}
      >
        <p>${t.remindersHint(ALARM_MINUTES)}</p>
        <fieldset>
          <legend>${t.days}</legend>
          ${WEEKDAYS.map(
            (day, index) =>
              html`<label
                ><input
                  type="checkbox"
                  name="day"
                  value=${day}
                  ?checked=${index % 2 === 0 && index < 6}
                />
                ${dayName(index)}</label
              >`,
          )}
        </fieldset>
        <label>${t.time} <input type="time" name="time" value="18:00" required /></label>
        <p class="reminders__problem" role="alert"></p>
        <button class="button button--primary" type="submit">${t.download}</button>
      </form>`,
  );
  return dialog;
}

function submit(event: SubmitEvent, context: TakeAlongContext, t: TakeAlongStrings): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const data = new FormData(form);
  const days = data.getAll('day') as Weekday[];
  const time = String(data.get('time') || '18:00');
  const problem = form.querySelector('.reminders__problem');
  if (days.length === 0) {
    if (problem) problem.textContent = t.chooseDay;
    form.querySelector('input')?.focus();
    return;
  }
  const { routine } = context;
  const url = widgetUrl(context.host);
  const text = buildIcs({
    uid: `${routine.id}-reminders@${new URL(url).hostname || 'runner-knee-routine'}`,
    title: routine.title,
    description: t.reminderText(routine.title),
    url,
    days,
    time,
    minutes: estimateRoutineMinutes(routine),
    alarmMinutes: ALARM_MINUTES,
    now: new Date(),
  });
  download(context.host, `${routine.id}.ics`, text);
  form.closest('dialog')?.close();
  context.confirm(t.downloaded);
}

/** Saves `text` as a file named `name`, through a link's `download`. */
function download(host: LitElement, name: string, text: string): void {
  const href = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = host.ownerDocument.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  host.renderRoot.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the file after the click's task: let it live a while.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/**
 * Shares the page through the system's share sheet where there is one (`navigator.share`),
 * else copies the link; the note under the controls confirms a copy.
 */
export async function share(context: TakeAlongContext, nav: Navigator = navigator): Promise<void> {
  const t = takeAlongStringsFor(context.strings.lang);
  const url = widgetUrl(context.host);
  if (typeof nav.share === 'function') {
    try {
      return await nav.share({ title: context.routine.title, url });
    } catch (error) {
      // The reader closed the sheet: nothing to say. Otherwise copy instead.
      if (error instanceof DOMException && error.name === 'AbortError') return;
    }
  }
  const copied = await copyText(url, context.host, nav);
  context.opener?.focus();
  context.confirm(copied ? t.linkCopied : t.copyFailed);
}

/** The Clipboard API, else the older copy command on a hidden text field. */
async function copyText(text: string, host: LitElement, nav: Navigator): Promise<boolean> {
  try {
    await nav.clipboard.writeText(text);
    return true;
  } catch {
    const field = host.ownerDocument.createElement('textarea');
    field.value = text;
    field.readOnly = true;
    field.className = 'visually-hidden';
    host.renderRoot.appendChild(field);
    field.select();
    const copied = host.ownerDocument.execCommand('copy');
    field.remove();
    return copied;
  }
}
