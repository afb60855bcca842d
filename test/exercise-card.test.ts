import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/exercise-card.js';
import type { ExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import type { Exercise } from '../src/data/types.js';
import type { DetailsToggleEvent } from '../src/events/details-toggle-event.js';
import { runnersKneeRoutine } from '../src/data/runners-knee-routine.js';
import { recordEvents, spyOnConsole } from './helpers/console-spy.js';

const [tke, spanishSquat] = runnersKneeRoutine.exercises as [Exercise, Exercise];

async function cardFor(exercise: unknown, attrs = ''): Promise<ExerciseCard> {
  const el = await fixture<ExerciseCard>(
    html`<exercise-card .exercise=${exercise as Exercise}></exercise-card>`,
  );
  for (const attr of attrs.split(' ').filter(Boolean)) el.setAttribute(attr, '');
  await el.updateComplete;
  return el;
}

function text(el: ExerciseCard, part: string): string {
  return (
    el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ??
    ''
  );
}

describe('<exercise-card>', () => {
  it('renders name, purpose, dose, equipment, steps and cues from data', async () => {
    const el = await cardFor(tke);
    expect(text(el, 'name')).to.equal(tke.name);
    expect(text(el, 'purpose')).to.equal(tke.purpose);
    expect(text(el, 'prescription')).to.equal('3 sets × 15 reps · each leg · rest 30 s');
    expect(el.shadowRoot!.textContent).to.include(tke.equipment.join(', '));
    const steps = [...el.shadowRoot!.querySelectorAll('[part="steps"] li')].map(
      (li) => li.textContent,
    );
    expect(steps).to.deep.equal([...tke.steps]);
    const cues = [...el.shadowRoot!.querySelectorAll('[part="cues"] li')].map(
      (li) => li.textContent,
    );
    expect(cues).to.deep.equal([...tke.cues]);
  });

  it("says whose a suggested dose is, and says nothing of a clinician's prescription", async () => {
    const el = await cardFor(tke);
    expect(el.shadowRoot!.querySelector('.suggestion')!.textContent!.trim()).to.equal(
      'Dose suggested by this site: adjust it to how your knee feels.',
    );
    el.exercise = { ...tke, prescription: { ...tke.prescription, suggested: false } };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.suggestion')).to.be.null;
  });

  it('describes a timed hold', async () => {
    const el = await cardFor(spanishSquat);
    expect(text(el, 'prescription')).to.equal('4 sets × 30 s hold · rest 60 s');
  });

  it('is accessible collapsed and expanded', async () => {
    const el = await cardFor(tke);
    await expect(el).to.be.accessible();
    el.expanded = true;
    el.status = 'current';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('gives the name a heading level, 3 by default, set by heading-level', async () => {
    const el = await cardFor(tke);
    const heading = el.shadowRoot!.querySelector('[role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('3');
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(heading.getAttribute('aria-level')).to.equal('4');
    // Its section headings sit one level below.
    const levels = [...el.shadowRoot!.querySelectorAll('.subheading')].map((h) =>
      h.getAttribute('aria-level'),
    );
    expect(levels).to.have.length.greaterThan(2);
    expect(new Set(levels)).to.deep.equal(new Set(['5']));
  });

  it('falls back to level 3 with a warning for an odd heading-level', async () => {
    const warn = spyOnConsole('warn');
    try {
      const el = await cardFor(tke);
      el.setAttribute('heading-level', 'huge');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal(
        '3',
      );
      expect(warn.calls.join('\n')).to.include(
        'heading-level must be a whole number from 2 to 6, got "huge"',
      );
    } finally {
      warn.restore();
    }
  });

  it('shows and hides the details from the toggle, firing one event per toggle', async () => {
    const el = await cardFor(tke);
    const events = recordEvents<DetailsToggleEvent>(el, 'routine-details-toggle');
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    const details = el.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
    expect(details.hidden).to.be.true;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(details.hidden).to.be.false;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(events.map((e) => e.detail)).to.deep.equal([{ exerciseId: tke.id, expanded: true }]);
    expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
  });

  it('does not fire the toggle event when expanded is set from code', async () => {
    const el = await cardFor(tke);
    const events = recordEvents(el, 'routine-details-toggle');
    el.expanded = true;
    await el.updateComplete;
    expect(events).to.have.length(0);
  });

  it('toggles the details from the keyboard', async () => {
    const el = await cardFor(tke);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.expanded).to.be.true;
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.expanded).to.be.false;
  });

  it('switches between the standard, easier and harder options', async () => {
    const el = await cardFor(tke, 'expanded');
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.levels button')];
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal([
      'true',
      'false',
      'false',
    ]);
    buttons[2]!.click();
    await el.updateComplete;
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal([
      'false',
      'false',
      'true',
    ]);
    expect(el.shadowRoot!.textContent).to.include(tke.harder.description);
  });

  it('shows a status badge for current and done', async () => {
    const el = await cardFor(tke);
    expect(el.shadowRoot!.querySelector('[part="status"]')).to.be.null;
    el.status = 'done';
    await el.updateComplete;
    expect(text(el, 'status')).to.equal('Done');
    expect(el.getAttribute('status')).to.equal('done');
  });

  it('renders text that looks like markup as text, never as elements', async () => {
    let fired = false;
    (window as unknown as { pwned: () => void }).pwned = () => (fired = true);
    const hostile = { ...tke, name: '<img src=x onerror=pwned()>', steps: ['<b>bold</b>'] };
    const el = await cardFor(hostile, 'expanded');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(text(el, 'name')).to.equal('<img src=x onerror=pwned()>');
    expect(el.shadowRoot!.querySelector('img, b')).to.be.null;
    expect(fired).to.be.false;
  });

  describe('invalid data', () => {
    it('shows a visible error listing the problems and logs one console error naming them', async () => {
      const error = spyOnConsole('error');
      try {
        const broken = { ...tke, prescription: { ...tke.prescription, reps: 'ten' } };
        const el = await cardFor(broken);
        const alert = el.shadowRoot!.querySelector('[part="error"]')!;
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(alert.textContent).to.include(
          'exercise.prescription.reps: expected a whole number from 1 to 100, got "ten"',
        );
        expect(error.calls).to.have.length(1);
        expect(error.calls[0])
          .to.include('<exercise-card>')
          .and.include('exercise.prescription.reps');
        await expect(el).to.be.accessible();
      } finally {
        error.restore();
      }
    });

    it('recovers when valid data is set afterwards', async () => {
      const error = spyOnConsole('error');
      try {
        const el = await cardFor({ id: 'x' });
        el.exercise = tke;
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="error"]')).to.be.null;
        expect(text(el, 'name')).to.equal(tke.name);
      } finally {
        error.restore();
      }
    });

    it('says what is missing when no exercise is set', async () => {
      const el = await fixture<ExerciseCard>(html`<exercise-card></exercise-card>`);
      expect(text(el, 'error')).to.include('No exercise to show');
    });
  });

  describe('media', () => {
    it('shows an image with its alt text only inside the details, lazily', async () => {
      const media = {
        kind: 'image' as const,
        url: '/test/fixtures/pixel.svg',
        alt: 'The end position',
      };
      const el = await cardFor({ ...tke, media }, 'expanded');
      const img = el.shadowRoot!.querySelector('img')!;
      expect(img.alt).to.equal('The end position');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.closest('[part="details"]')).to.not.be.null;
    });

    it('never autoplays video', async () => {
      const media = {
        kind: 'video' as const,
        url: '/nothing.mp4',
        alt: 'Demo',
        poster: '/test/fixtures/pixel.svg',
      };
      const warn = spyOnConsole('warn');
      try {
        const el = await cardFor({ ...spanishSquat, media });
        const video = el.shadowRoot!.querySelector('video')!;
        expect(video.autoplay).to.be.false;
        expect(video.preload).to.equal('none');
        expect(video.controls).to.be.true;
        expect(video.getAttribute('aria-label')).to.equal('Demo');
      } finally {
        warn.restore();
      }
    });

    it('shows a visible note and a warning when media fails to load', async () => {
      const warn = spyOnConsole('warn');
      try {
        const media = { kind: 'image' as const, url: '/missing-media.png', alt: 'Missing' };
        const el = await cardFor({ ...tke, media }, 'expanded');
        const img = el.shadowRoot!.querySelector('img')!;
        img.dispatchEvent(new Event('error'));
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('img')).to.be.null;
        expect(el.shadowRoot!.textContent).to.include('could not be loaded');
        expect(warn.calls.join('\n')).to.include('/missing-media.png');
      } finally {
        warn.restore();
      }
    });

    it('lets a slotted element replace the media', async () => {
      const el = await fixture<ExerciseCard>(
        html`<exercise-card .exercise=${tke} expanded>
          <img slot="media" src="/test/fixtures/pixel.svg" alt="Slotted demo" />
        </exercise-card>`,
      );
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="media"]')!;
      expect(slot.assignedElements().map((e) => e.getAttribute('alt'))).to.deep.equal([
        'Slotted demo',
      ]);
    });
  });

  it('warns once about an unknown theme and shows as light, like every element', async () => {
    const warn = spyOnConsole('warn');
    try {
      const el = await fixture<ExerciseCard>(
        html`<exercise-card
          theme="sepia"
          .exercise=${runnersKneeRoutine.exercises[0]}
        ></exercise-card>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(warn.calls).to.deep.equal([
        '<exercise-card>: theme must be one of "auto", "light", "dark", got "sepia".',
      ]);
    } finally {
      warn.restore();
    }
  });
});
