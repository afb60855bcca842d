// Lit's hydrate support before any Lit code, for the server-rendered state below.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import '../src/define.js';
import { ExerciseCard, ExerciseRoutine, RoutineList, SetTimer } from '../src/index.js';
import { EXERCISE_CARD_PARTS } from '../src/components/exercise-card/exercise-card.js';
import { ROUTINE_LIST_PARTS } from '../src/components/routine-list/routine-list.js';
import { SET_TIMER_PARTS } from '../src/components/set-timer/set-timer.js';
import { runnersKneeRoutine as routine } from '../src/data/runners-knee-routine.js';
import { spyOnConsole } from './helpers/console-spy.js';
import { hydratedFixture } from './helpers/hydrated-fixture.js';

interface Documented {
  tagName: string;
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

/** The custom elements as custom-elements.json documents them, by tag. */
async function manifest(): Promise<Map<string, Documented>> {
  const json = await (await fetch('/custom-elements.json')).json();
  const elements = (
    json.modules as { declarations?: (Documented & { customElement?: boolean })[] }[]
  )
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.customElement);
  return new Map(elements.map((element) => [element.tagName, element]));
}

const names = (list: { name: string }[] = []) => list.map((item) => item.name).sort();

/** Every part name rendered in the element's own shadow root. */
function renderedParts(el: Element): string[] {
  const parts = [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) =>
    node.getAttribute('part')!.split(/\s+/),
  );
  return [...new Set(parts)].sort();
}

/** Renders each state and collects the parts; invalid data logs errors, on purpose. */
async function partsOf(states: TemplateResult[], ready?: (el: LitElement) => Promise<void>) {
  const seen = new Set<string>();
  const errors = spyOnConsole('error');
  try {
    for (const state of states) {
      const el = await fixture<LitElement>(state);
      await ready?.(el);
      await el.updateComplete;
      for (const part of renderedParts(el)) seen.add(part);
    }
  } finally {
    errors.restore();
  }
  return [...seen].sort();
}

const [tke, squat] = routine.exercises;
const withMedia = {
  ...squat!,
  caution: 'Stop if the knee hurts.',
  media: { kind: 'image' as const, url: '/test/fixtures/pixel.svg', alt: 'A held squat' },
};

describe('documentation matches the code', () => {
  let documented: Map<string, Documented>;
  before(async () => {
    documented = await manifest();
  });

  it('the card renders only documented parts, and lists them all', async () => {
    const rendered = await partsOf([
      html`<exercise-card .exercise=${withMedia} expanded status="current"></exercise-card>`,
      html`<exercise-card .exercise=${{ ...tke, name: 5 }}></exercise-card>`,
    ]);
    const parts = names(documented.get('exercise-card')!.cssParts);
    expect(rendered).to.deep.equal(parts);
    expect([...EXERCISE_CARD_PARTS].sort()).to.deep.equal(parts);
  });

  it('the list renders only documented parts, and lists them all', async () => {
    const progress = { done: { [tke!.id]: 6 }, currentId: squat!.id };
    const rendered = await partsOf([
      html`<routine-list layout="full" .routine=${routine} .progress=${progress}></routine-list>`,
    ]);
    const parts = names(documented.get('routine-list')!.cssParts);
    expect(rendered).to.deep.equal(parts);
    expect([...ROUTINE_LIST_PARTS].sort()).to.deep.equal(parts);
  });

  it('the timer renders only documented parts, and lists them all', async () => {
    const rendered = await partsOf([
      html`<set-timer heading-level="3" no-persist .exercise=${squat}></set-timer>`,
      html`<set-timer .exercise=${{ ...squat, prescription: {} }}></set-timer>`,
    ]);
    const parts = names(documented.get('set-timer')!.cssParts);
    expect(rendered).to.deep.equal(parts);
    expect([...SET_TIMER_PARTS].sort()).to.deep.equal(parts);
  });

  it('the routine renders only documented parts of its own', async () => {
    const finished = async (el: LitElement) => {
      const finish = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
        b.textContent!.includes('Finish workout'),
      );
      finish?.click();
    };
    const states = [
      html`<exercise-routine no-persist .routine=${routine}></exercise-routine>`,
      html`<exercise-routine no-persist .routine=${{ title: 5 }}></exercise-routine>`,
      html`<exercise-routine no-persist src="/test/fixtures/mini-routine.json"></exercise-routine>`,
    ];
    const rendered = await partsOf(states);
    localStorage.setItem(
      `runner-knee-routine:progress:${routine.id}:v${routine.version}`,
      JSON.stringify({ done: { [tke!.id]: 2 }, currentId: tke!.id, startedAt: Date.now() }),
    );
    const summary = await partsOf(
      [html`<exercise-routine .routine=${routine}></exercise-routine>`],
      finished,
    );
    localStorage.clear();
    // The knee check (its code loaded first): the check-in after the first set, and in the
    // summary the history with its chart.
    await ExerciseRoutine.preload();
    const firstSet = async (el: LitElement) => {
      const timer = el.shadowRoot!.querySelector('set-timer')!;
      timer.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="primary"]')!.click();
      await el.updateComplete;
    };
    const checkIn = await partsOf(
      [html`<exercise-routine no-persist .routine=${routine}></exercise-routine>`],
      firstSet,
    );
    const session = { id: `${routine.id}:1`, routineId: routine.id, sets: { [tke!.id]: 6 } };
    const record = { ...session, date: new Date().toISOString(), variants: {}, pain: {} };
    localStorage.setItem('runner-knee-routine:history', JSON.stringify([record]));
    localStorage.setItem(
      `runner-knee-routine:progress:${routine.id}:v${routine.version}`,
      JSON.stringify({ done: { [tke!.id]: 2 }, currentId: tke!.id, startedAt: Date.now() }),
    );
    const history = await partsOf(
      [html`<exercise-routine .routine=${routine}></exercise-routine>`],
      async (el) => {
        await finished(el);
        await el.updateComplete; // the knee check, made after the summary's update
        await new Promise((resolve) => setTimeout(resolve));
      },
    );
    localStorage.clear();
    // Server-rendered (and hydrated), the same template: every exercise's how-to follows.
    const prerendered = renderedParts(await hydratedFixture<LitElement>({ noCredits: true }));
    const own = names(documented.get('exercise-routine')!.cssParts).filter(
      (p) => !p.includes('__'),
    );
    const all = [...rendered, ...summary, ...checkIn, ...history, ...prerendered];
    expect([...new Set(all)].sort()).to.deep.equal(own);
    expect(checkIn, 'the check-in').to.include('knee-check');
    expect(history, 'the history').to.include.members(['history', 'history-chart']);
  });

  it('every element documents the tokens its styles read, and only those', () => {
    const elements: [string, typeof LitElement][] = [
      ['exercise-card', ExerciseCard],
      ['routine-list', RoutineList],
      ['set-timer', SetTimer],
      ['exercise-routine', ExerciseRoutine],
    ];
    for (const [tag, element] of elements) {
      const css = element.elementStyles
        .map((style) => String((style as CSSResult).cssText))
        .join('\n');
      const read = [...new Set([...css.matchAll(/var\((--routine-[\w-]+)/g)].map((m) => m[1]!))];
      expect(read.sort(), tag).to.deep.equal(names(documented.get(tag)!.cssProperties));
    }
    expect(names(documented.get('runner-knee-routine')!.cssProperties)).to.deep.equal(
      names(documented.get('exercise-routine')!.cssProperties),
    );
  });
});

type CSSResult = { cssText: string };
