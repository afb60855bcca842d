// The take-along controls: Print, Continue on your phone (a QR code in a native dialog),
// calendar reminders and Share, with their code loaded on demand. Real sharing, clipboard,
// printing and downloads are stubbed or intercepted.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import type jsQRDecode from 'jsqr';
import 'jsqr/dist/jsQR.js';
import sinon from 'sinon';
import type { CSSResult } from 'lit';
import '../src/runner-knee-routine.js';
import type { RunnerKneeRoutine } from '../src/components/runner-knee-routine/runner-knee-routine.js';
import { runnersKneeRoutine } from '../src/data/runners-knee-routine.js';
import { en } from '../src/i18n/en.js';
import { takeAlongStringsFor } from '../src/i18n/take-along.js';
import { hydratedFixture } from './helpers/hydrated-fixture.js';

/** jsQR's UMD build, loaded as a script: it sets `jsQR` on the global object. */
const { jsQR } = globalThis as unknown as { jsQR: typeof jsQRDecode };
const t = takeAlongStringsFor('en');
const PARTS = ['print', 'phone', 'reminders', 'share'];

async function widget(id = ''): Promise<RunnerKneeRoutine> {
  const el = await fixture<RunnerKneeRoutine>(
    html`<runner-knee-routine no-persist id=${id}></runner-knee-routine>`,
  );
  await (el.constructor as typeof RunnerKneeRoutine).preload();
  return el;
}

const control = (el: Element, part: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
const dialogOf = (el: Element) => el.shadowRoot!.querySelector('dialog');
const noteOf = (el: Element) => el.shadowRoot!.querySelector('[part~="take-along"] [aria-live]')!;
const pageUrl = (id: string) => `${location.href.split('#')[0]}#${id}`;

/** Decodes the QR code drawn by `svg`, rendered into a canvas as an image. */
async function decode(svg: SVGSVGElement): Promise<string | undefined> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 400;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, 400, 400);
  const { data } = context.getImageData(0, 0, 400, 400);
  return jsQR(data, 400, 400)?.data;
}

describe('take-along controls', function () {
  this.timeout(20_000);
  afterEach(() => sinon.restore());

  it('shows four controls under Start, each with its own part; no-take-along hides them all', async () => {
    const el = await widget();
    const header = el.shadowRoot!.querySelector('[part~="header"]')!;
    const controls = PARTS.map((part) => control(el, part));
    expect(controls.map((button) => button.textContent!.trim())).to.deep.equal([
      en.print,
      en.continueOnPhone,
      en.addReminders,
      en.share,
    ]);
    expect(controls.every((button) => header.contains(button) && !button.disabled)).to.be.true;
    await expect(el).to.be.accessible();
    el.toggleAttribute('no-take-along', true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="take-along"], [part~="print"]')).to.have.length(
      0,
    );
  });

  it('shows Continue on your phone only where the primary pointer is fine', async () => {
    const el = await widget();
    const shown = getComputedStyle(control(el, 'phone')).display !== 'none';
    expect(shown).to.equal(matchMedia('(pointer: fine)').matches);
    expect(getComputedStyle(control(el, 'print')).display).not.to.equal('none');
  });

  it('Print opens the browser’s print dialog', async () => {
    const el = await widget();
    const print = sinon.stub(window, 'print');
    control(el, 'print').click();
    expect(print.calledOnce).to.be.true;
  });

  it('Continue on your phone: a modal dialog whose QR code is this page at the widget', async () => {
    const el = await widget();
    expect(el.id).to.equal('');
    const opener = control(el, 'phone');
    opener.focus();
    opener.click();
    const dialog = dialogOf(el)!;
    expect(dialog.open && dialog.matches(':modal')).to.be.true;
    expect(el.id, 'the widget gets an id for the fragment').to.equal('runner-knee-routine');
    expect(await decode(dialog.querySelector('svg')!)).to.equal(pageUrl('runner-knee-routine'));
    expect(dialog.textContent).to.include(pageUrl('runner-knee-routine'));
    await expect(el).to.be.accessible();
    // Focus stays in the dialog: the page behind is inert.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el), 'Escape closes the dialog');
  });

  it('the dialogs trap focus, close with Escape and give focus back to their control', async () => {
    const el = await widget();
    // Reminders: shown on every pointer (the phone control is hidden where it is not fine).
    const opener = control(el, 'reminders');
    opener.focus();
    opener.click();
    const dialog = dialogOf(el)!;
    const focusable = dialog.querySelectorAll('input, button').length;
    // The page behind is inert: Tab goes round the dialog (and the browser's own controls).
    for (let i = 0; i < focusable + 2; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement;
      expect(active === null || dialog.contains(active), 'focus in the dialog').to.be.true;
    }
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el), 'Escape closes the dialog');
    expect(el.shadowRoot!.activeElement === opener, 'focus is back on the control').to.be.true;
    // Tabbing past the dialog can take the focus to the browser's own controls (Firefox), and
    // it would stay there for the next test files: tab until the page has it again.
    for (let i = 0; i < 20 && !document.hasFocus(); i++) await sendKeys({ press: 'Tab' });
    expect(document.hasFocus(), 'the page has the focus').to.be.true;
  });

  it('adds the dialogs’ styles beside those adopted before (the workout view’s), keeping them', async () => {
    const el = await widget();
    const root = el.shadowRoot!;
    const before = new CSSStyleSheet();
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, before];
    control(el, 'reminders').click();
    expect(root.adoptedStyleSheets.includes(before)).to.be.true;
    expect(getComputedStyle(dialogOf(el)!).borderTopStyle).to.equal('solid');
    dialogOf(el)!.close();
    // Replaced since (as the workout view does when it first opens): added again.
    const own = (el.constructor as typeof RunnerKneeRoutine).elementStyles;
    root.adoptedStyleSheets = [
      ...own.map((style) => (style as CSSResult).styleSheet ?? new CSSStyleSheet()),
      before,
    ];
    control(el, 'reminders').click();
    expect(getComputedStyle(dialogOf(el)!).borderTopStyle).to.equal('solid');
    dialogOf(el)!.close();
  });

  it('keeps an id the publisher gave: the fragment is theirs', async () => {
    const el = await widget('knee');
    control(el, 'phone').click();
    expect(await decode(dialogOf(el)!.querySelector('svg')!)).to.equal(pageUrl('knee'));
    dialogOf(el)!.close();
  });

  it('Add reminders: days and a time, then a calendar file built in the page', async () => {
    const el = await widget();
    const opener = control(el, 'reminders');
    opener.click();
    const dialog = dialogOf(el)!;
    expect(dialog.matches(':modal')).to.be.true;
    const days = [...dialog.querySelectorAll<HTMLInputElement>('input[name="day"]')];
    expect(days.filter((day) => day.checked).map((day) => day.value)).to.deep.equal([
      'MO',
      'WE',
      'FR',
    ]);
    await expect(el).to.be.accessible();

    const saved: HTMLAnchorElement[] = [];
    el.addEventListener('click', (event) => {
      const target = event.composedPath()[0];
      if (target instanceof HTMLAnchorElement && target.download) {
        event.preventDefault(); // no real download
        saved.push(target);
      }
    });
    const submit = dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    days.forEach((day) => (day.checked = false));
    submit.click();
    expect(dialog.textContent).to.include(t.chooseDay);
    expect(saved).to.have.length(0);

    days[1]!.checked = true;
    dialog.querySelector<HTMLInputElement>('input[type="time"]')!.value = '07:30';
    submit.click();
    expect(saved).to.have.length(1);
    expect(saved[0]!.download).to.equal(`${runnersKneeRoutine.id}.ics`);
    const text = await (await fetch(saved[0]!.href)).text();
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect((event.getFirstPropertyValue('rrule') as ICAL.Recur).parts.BYDAY).to.deep.equal(['TU']);
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect([start.hour, start.minute]).to.deep.equal([7, 30]);
    expect(event.getFirstPropertyValue('description')).to.include(pageUrl('runner-knee-routine'));
    expect(event.getFirstSubcomponent('valarm')).to.not.equal(null);

    expect(dialogOf(el), 'the dialog closes').to.equal(null);
    await el.updateComplete;
    expect(noteOf(el).textContent!.trim()).to.equal(t.downloaded);
    expect(el.shadowRoot!.activeElement === opener).to.be.true;
  });

  describe('Share', () => {
    let restore: (() => void) | undefined;
    /** Gives the page a `navigator.share` (Chromium on Linux has none), or takes it away. */
    function withShare(share: ((data: ShareData) => Promise<void>) | undefined) {
      const own = Object.getOwnPropertyDescriptor(navigator, 'share');
      Object.defineProperty(navigator, 'share', { value: share, configurable: true });
      restore = () => {
        if (own) Object.defineProperty(navigator, 'share', own);
        else delete (navigator as { share?: unknown }).share;
      };
    }
    afterEach(() => restore?.());

    it('opens the system’s share sheet with the routine’s title and the page’s address', async () => {
      const share = sinon.fake.resolves(undefined);
      withShare(share);
      const copy = sinon.stub(navigator.clipboard, 'writeText').resolves();
      const el = await widget();
      control(el, 'share').click();
      await waitUntil(() => share.called);
      expect(share.firstCall.args[0]).to.deep.equal({
        title: runnersKneeRoutine.title,
        url: pageUrl('runner-knee-routine'),
      });
      expect(copy.called).to.be.false;
    });

    it('says nothing when the reader closes the share sheet', async () => {
      const share = sinon.fake.rejects(new DOMException('closed', 'AbortError'));
      withShare(share);
      const copy = sinon.stub(navigator.clipboard, 'writeText').resolves();
      const el = await widget();
      control(el, 'share').click();
      await waitUntil(() => share.called);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(copy.called).to.be.false;
      expect(noteOf(el).textContent!.trim()).to.equal('');
    });

    it('without a share sheet, copies the link and says so, visibly and to screen readers', async () => {
      withShare(undefined);
      const copy = sinon.stub(navigator.clipboard, 'writeText').resolves();
      const el = await widget();
      control(el, 'share').click();
      await waitUntil(() => noteOf(el).textContent!.trim() === t.linkCopied);
      expect(copy.firstCall.args[0]).to.equal(pageUrl('runner-knee-routine'));
      const note = noteOf(el) as HTMLElement;
      expect(note.getAttribute('aria-live')).to.equal('polite');
      expect(note.offsetHeight).to.be.greaterThan(0);
      expect(el.shadowRoot!.activeElement === control(el, 'share')).to.be.true;
    });

    it('where the Clipboard API refuses, copies with the copy command; says when it cannot', async () => {
      withShare(undefined);
      sinon
        .stub(navigator.clipboard, 'writeText')
        .rejects(new DOMException('no', 'NotAllowedError'));
      const command = sinon.stub(document, 'execCommand').returns(true);
      const el = await widget();
      control(el, 'share').click();
      await waitUntil(() => noteOf(el).textContent!.trim() === t.linkCopied);
      expect(command.calledWith('copy')).to.be.true;
      command.returns(false);
      control(el, 'share').click();
      await waitUntil(() => noteOf(el).textContent!.trim() === t.copyFailed);
    });
  });

  it('server-rendered, the controls hydrate and then work', async () => {
    const el = await hydratedFixture<RunnerKneeRoutine>({ noPersist: true });
    const controls = PARTS.map((part) => control(el, part));
    expect(controls.every((button) => !button.disabled)).to.be.true;
    const print = sinon.stub(window, 'print');
    control(el, 'print').click();
    expect(print.calledOnce).to.be.true;
  });
});
