import { html, svg, type TemplateResult } from 'lit';
import type { KneeCheckStrings } from '../../i18n/strings.js';
import { MAX_PAIN } from '../../knee-check/pain-rules.js';
import type { HistoryWeek } from '../../knee-check/session-history.js';

const WIDTH = 320;
const HEIGHT = 150;
const LEFT = 24;
const TOP = 8;
const PLOT = 110;
const COLUMN = (WIDTH - LEFT) / 8;

const y = (pain: number) => TOP + PLOT - (pain / MAX_PAIN) * PLOT;

/** The chart's own picture: the table beside it says the same to a screen reader. */
function renderPicture(weeks: readonly HistoryWeek[], label: (start: number) => string) {
  const grid = [0, 2, 5, 10].map(
    (pain) =>
      svg`<line class="chart__grid" x1=${LEFT} x2=${WIDTH} y1=${y(pain)} y2=${y(pain)}></line>
        <text class="chart__axis" x=${LEFT - 4} y=${y(pain) + 4} text-anchor="end">${pain}</text>`,
  );
  const columns = weeks.map((week, i) => {
    const middle = LEFT + COLUMN * (i + 0.5);
    const count = week.sessions.length;
    // One dot per session, side by side, at the height of its highest pain.
    const dots = week.sessions.map((pain, n) => {
      const x = middle + (n - (count - 1) / 2) * Math.min(8, (COLUMN - 8) / Math.max(count, 1));
      return svg`<circle class=${pain === null ? 'chart__dot chart__dot--unrated' : 'chart__dot'}
        cx=${x} cy=${y(pain ?? 0)} r="3.5"></circle>`;
    });
    return svg`${dots}
      <text class="chart__count" x=${middle} y=${TOP + PLOT + 16} text-anchor="middle">${count}</text>
      <text class="chart__axis" x=${middle} y=${TOP + PLOT + 30} text-anchor="middle">${label(week.start)}</text>`;
  });
  return html`<svg
    class="chart__svg"
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    aria-hidden="true"
    focusable="false"
  >
    ${grid} ${columns}
  </svg>`;
}

/**
 * Sessions per week over the last 8 weeks and the highest pain of each session, drawn as
 * inline SVG (one dot per session, its height the pain, the count under each week), with the
 * same figures in a table for screen readers.
 */
export function renderHistoryChart(
  weeks: readonly HistoryWeek[],
  s: KneeCheckStrings,
  lang: string,
): TemplateResult {
  const short = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' });
  const label = (start: number) => short.format(start);
  return html`<figure part="history-chart" class="chart">
    ${renderPicture(weeks, label)}
    <figcaption class="note">${s.chartCaption}</figcaption>
    <div class="visually-hidden">
      <table>
        <caption>
          ${s.chartCaption}
        </caption>
        <tr>
          <th scope="col">${s.weekOf('')}</th>
          <th scope="col">${s.sessions}</th>
          <th scope="col">${s.highestPain}</th>
        </tr>
        ${weeks.map(
          (week) =>
            html`<tr>
              <th scope="row">${s.weekOf(label(week.start))}</th>
              <td>${week.sessions.length}</td>
              <td>${week.sessions.map((pain) => pain ?? s.notRated).join(', ')}</td>
            </tr>`,
        )}
      </table>
    </div>
  </figure>`;
}
