import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/runner-knee-routine.js';
import type { RunnerKneeRoutine } from '../src/components/runner-knee-routine/runner-knee-routine.js';
import { takeAlongStyles } from '../src/components/exercise-routine/take-along.styles.js';
import { THEMES, type Theme } from '../src/data/display-options.js';

interface Args {
  theme: Theme;
}

async function routineIn(canvas: HTMLElement): Promise<RunnerKneeRoutine> {
  const routine = canvas.querySelector('runner-knee-routine')!;
  await routine.updateComplete;
  await (routine.constructor as typeof RunnerKneeRoutine).preload();
  return routine;
}

/** Clicks a take-along control, as a reader would; then waits for its dialog. */
async function open(canvas: HTMLElement, part: string): Promise<void> {
  const routine = await routineIn(canvas);
  routine.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!.click();
  await routine.updateComplete;
}

/**
 * The print stylesheet's rules, applied on screen: what `@media print` holds, and the
 * handout's print-only parts shown. A story cannot switch the preview to print media.
 */
function printRulesOnScreen(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  const print = [...takeAlongStyles.styleSheet!.cssRules].find(
    (rule): rule is CSSMediaRule =>
      rule instanceof CSSMediaRule && rule.media.mediaText === 'print',
  )!;
  const rules = [...print.cssRules].map((rule) => rule.cssText).join('\n');
  sheet.replaceSync(`.how-to--print { display: block; } .print-only { display: block; } ${rules}`);
  return sheet;
}

const meta: Meta<Args> = {
  title: 'Elements/Take it with you',
  component: 'runner-knee-routine',
  argTypes: { theme: { control: 'inline-radio', options: THEMES } },
  args: { theme: 'light' },
  parameters: {
    docs: {
      description: {
        component:
          'The take-along controls under Start workout: Print (the widget prints as a handout), ' +
          'Continue on your phone (a QR code of the page at the widget, in a native modal ' +
          'dialog; shown only where the primary pointer is fine), Add reminders to my calendar ' +
          '(a weekly `.ics` file made in the page) and Share (the share sheet, else a copied ' +
          'link). `no-take-along` hides all four. The dialogs and the QR encoder load on demand.',
      },
      // Each story in its own frame: a modal dialog covers its whole frame.
      story: { inline: false, height: '720px' },
    },
  },
  render: ({ theme }) =>
    html`<runner-knee-routine no-persist no-sound theme=${theme}></runner-knee-routine>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The four controls under Start workout. */
export const Controls: Story = {};
export const ControlsDark: Story = { args: { theme: 'dark' } };

/** Continue on your phone: the QR code of this page, at the widget, and its address. */
export const PhoneDialog: Story = {
  play: ({ canvasElement }) => open(canvasElement, 'phone'),
};
export const PhoneDialogDark: Story = {
  args: { theme: 'dark' },
  play: ({ canvasElement }) => open(canvasElement, 'phone'),
};

/** Add reminders to my calendar: days of the week and a time, then a calendar file. */
export const RemindersDialog: Story = {
  play: ({ canvasElement }) => open(canvasElement, 'reminders'),
};

/**
 * The printed handout, as its print stylesheet lays it out (applied here on screen): the
 * header and every exercise with a box per set, in two columns; no buttons, timer or list.
 */
export const PrintView: Story = {
  play: async ({ canvasElement }) => {
    const routine = await routineIn(canvasElement);
    const root = routine.shadowRoot!;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, printRulesOnScreen()];
  },
};
