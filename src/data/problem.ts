/** One thing wrong with the input: where it is and what was expected. */
export interface Problem {
  /** Where, in JavaScript notation from the root: `exercises[2].prescription.reps`. */
  path: string;
  /** What was expected and what was found, in plain language. */
  message: string;
}

/** Formats a problem as one line: `path: message`. */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
