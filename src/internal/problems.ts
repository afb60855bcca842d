import { html, type TemplateResult } from 'lit';
import { formatProblem, type Problem } from '../data/problem.js';

/**
 * Logs invalid input as one console error that names the element and every problem, e.g.
 * `<exercise-card>: invalid exercise data:` followed by `prescription.reps: expected …`.
 */
export function reportProblems(tag: string, what: string, problems: readonly Problem[]): void {
  console.error(`<${tag}>: ${what}:\n${problems.map(formatProblem).join('\n')}`);
}

/** The visible error state for invalid input: what could not be shown, then every problem. */
export function renderProblems(intro: string, problems: readonly Problem[]): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p>${intro}</p>
    <ul>
      ${problems.map((problem) => html`<li><code>${formatProblem(problem)}</code></li>`)}
    </ul>
  </div>`;
}
