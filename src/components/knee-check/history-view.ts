import { html, nothing, type TemplateResult } from 'lit';
import { historyCsv, historyJson, lastWeeks } from '../../knee-check/session-history.js';
import { button } from '../exercise-routine/routine-views.js';
import { renderHistoryChart } from './history-chart.js';
import type { KneeCheck } from './knee-check.js';

/** Saves `text` as a file, made in the page: no request is sent. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function renderDelete(check: KneeCheck): TemplateResult {
  const s = check.strings;
  if (check.deleting === 'done') return html`<p role="status">${s.deleted}</p>`;
  if (check.deleting !== 'asking') {
    return button(s.deleteHistory, () => check.deleteHistory(false), 'quiet', {
      focusName: 'knee-delete',
    });
  }
  return html`<div role="alert">
    <p>${s.confirmDelete}</p>
    <div class="actions">
      ${button(s.yesDelete, () => check.deleteHistory(true), 'secondary', { focusName: 'knee-delete' })}
      ${button(s.cancel, () => check.deleteHistory(false), 'quiet')}
    </div>
  </div>`;
}

/** Why the history is not (all) kept, if it isn't. */
function storageNote(check: KneeCheck): string | undefined {
  const s = check.strings;
  if (!check.persists) return s.notSaved;
  if (check.trouble === 'unavailable') return s.storageUnavailable;
  return check.trouble === 'corrupt' ? s.storageCorrupt : undefined;
}

/** The summary's history: the chart of the last 8 weeks, download and delete. */
export function renderHistory(check: KneeCheck): TemplateResult {
  const s = check.strings;
  const { history } = check;
  const note = storageNote(check);
  const files = history.length
    ? html`${button(s.downloadJson, () => download('knee-history.json', 'application/json', historyJson(history)))}
      ${button(s.downloadCsv, () => download('knee-history.csv', 'text/csv', historyCsv(history)))}`
    : nothing;
  return html`<section part="history" class="knee-history" aria-label=${s.historyTitle}>
    <p class="knee__title">${s.historyTitle}</p>
    ${history.length ? renderHistoryChart(lastWeeks(history, Date.now()), s, check.lang) : html`<p>${s.noHistory}</p>`}
    ${note ? html`<p part="status" class="note">${note}</p>` : nothing}
    <p class="note">${s.privacy}</p>
    <div class="actions">${files} ${check.persists ? renderDelete(check) : nothing}</div>
  </section>`;
}
