#!/usr/bin/env node
// npx runner-knee-routine html: the routine as server-rendered HTML (declarative shadow DOM),
// from dist/ssr.js. npx runner-knee-routine validate: a routine file checked as the widget
// checks it, by dist/data.js. Problems go to stderr with their paths, exit code 1, and no file
// is written.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const HELP = `Usage: npx runner-knee-routine html [options]
       npx runner-knee-routine validate <file.json>

html: prints the routine as HTML with declarative shadow DOM
(<template shadowrootmode="open">), ready to paste into a page: readers see it before any
script runs, and the element takes over once its script loads. Rendering reads no saved
progress: the routine shows fresh.

Options of html:
  --routine <file.json>   a routine as JSON (default: the built-in runner's-knee routine,
                          as <runner-knee-routine>; with a file, <exercise-routine>)
  --media <file.json>     demonstration media per exercise id, as JSON
  --theme <theme>         auto (default), light or dark
  --layout <layout>       auto (default), compact or full
  --heading-level <n>     level of the routine's title, 2 (default) to 6
  --no-header             hide the title, introduction, equipment, safety and credits
  --no-credits            hide the credits line
  --out <file.html>       write the HTML to this file instead of standard output
  -h, --help              show this help

validate <file.json>: checks a routine file exactly as the widget checks a routine. Prints
"valid", or every problem with its path, one per line, on standard error. A "$schema" key
(see routine.schema.json) is allowed; other keys the model does not have are ignored.

Exit codes: 0 on success; 1 when the JSON, the routine or an option is invalid (every
problem is printed with its path, and nothing is written); 2 for a usage error.
`;

const OPTIONS = {
  routine: { type: 'string' },
  media: { type: 'string' },
  theme: { type: 'string' },
  layout: { type: 'string' },
  'heading-level': { type: 'string' },
  'no-header': { type: 'boolean' },
  'no-credits': { type: 'boolean' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/** Thrown for a problem the reader must fix: printed line by line, with `exitCode`. */
class Failure extends Error {
  constructor(lines, exitCode = 1) {
    super(lines.join('\n'));
    this.lines = lines;
    this.exitCode = exitCode;
  }
}

/** The JSON in `file`; a message names `what` the file is for, when given. */
function readJson(file, what) {
  const label = what ? `${what}: ` : '';
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Failure([`${label}cannot read ${file}: ${error.message}`]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Failure([`${label}${file} is not valid JSON: ${error.message}`]);
  }
}

const usage = (message) => new Failure([message, 'Run with --help for usage.'], 2);

async function renderHtml(values) {
  const options = {
    theme: values.theme,
    layout: values.layout,
    headingLevel: values['heading-level'],
    noHeader: values['no-header'] === true,
    noCredits: values['no-credits'] === true,
  };
  if (values.routine !== undefined) options.routine = readJson(values.routine, 'routine');
  if (values.media !== undefined) options.media = readJson(values.media, 'media');

  const { renderRoutineHtml, RoutineOptionsError } = await import('../dist/ssr.js');
  let html;
  try {
    html = renderRoutineHtml(options);
  } catch (error) {
    if (!(error instanceof RoutineOptionsError)) throw error;
    const source = { routine: values.routine, media: values.media };
    throw new Failure(
      // A problem inside a file is named by the file and its path there.
      error.problems.map(({ path, message }) => {
        const option = path.split(/[.[]/)[0];
        const file = source[option];
        if (!file) return `${path}: ${message}`;
        const inner = path.slice(option.length).replace(/^\./, '');
        return `${file}: ${inner ? `${inner}: ` : ''}${message}`;
      }),
    );
  }
  if (values.out !== undefined) writeFileSync(values.out, `${html}\n`);
  else process.stdout.write(`${html}\n`);
}

async function validate(file) {
  const routine = readJson(file);
  const { validateRoutine, formatProblem } = await import('../dist/data.js');
  const { problems } = validateRoutine(routine);
  if (problems.length > 0) {
    throw new Failure(problems.map((problem) => `${file}: ${formatProblem(problem)}`));
  }
  process.stdout.write('valid\n');
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usage(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const [command, ...rest] = positionals;
  if (command === 'html' && rest.length === 0) return renderHtml(values);
  if (command === 'validate') {
    const options = Object.keys(values).map((name) => `--${name}`);
    if (options.length > 0) throw usage(`validate takes no options, got ${options.join(', ')}.`);
    if (rest.length !== 1) throw usage(`validate: expected one routine file, got ${rest.length}.`);
    return validate(rest[0]);
  }
  const got = positionals.length ? `"${positionals.join(' ')}"` : 'no command';
  throw usage(`expected the command "html" or "validate <file.json>", got ${got}.`);
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof Failure)) throw error;
  for (const line of error.lines) process.stderr.write(`runner-knee-routine: ${line}\n`);
  process.exitCode = error.exitCode;
}
