// End to end: the wizard with the keyboard only (Tab, Shift+Tab, Enter, Space, arrow keys), from its start
// page to its second step. Every element that gets focus is on the screen and shows it has focus (its
// outline or shadow differs from when it has none); the skip link is the first stop and moves focus to
// the content; the fields of a step get focus in the order they stand in; Enter submits a step's form.
import { expect } from 'chai';
import type { Page } from 'puppeteer-core';
import { textOf } from './act.js';
import { startWorld, type World } from './world.js';

interface Stop {
  tag: string;
  id: string;
  name: string;
  text: string;
  inForm: boolean;
  top: number;
  /** Its bounding box has an area. */
  visible: boolean;
  /** The previous stop's outline and shadow differ between focused and not (null: no previous stop, or the same element). */
  previousShowedFocus: boolean | null;
  previousText: string;
}

/** Presses `key` and describes where focus went; checks the element focus left looked focused while it had it. */
async function press(page: Page, key: 'Tab' | 'Enter' | 'Space' | 'ArrowRight' | 'ArrowDown', shift = false): Promise<Stop> {
  if (shift) await page.keyboard.down('Shift');
  await page.keyboard.press(key);
  if (shift) await page.keyboard.up('Shift');
  return page.evaluate(() => {
    type Mark = { el: Element; look: string; text: string; tabStop: boolean };
    const g = globalThis as unknown as { lastFocus?: Mark };
    const el = document.activeElement ?? document.body;
    const cs = getComputedStyle(el);
    const look = `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} | ${cs.boxShadow}`;
    const rect = el.getBoundingClientRect();
    const text = ((el as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    let previousShowedFocus: boolean | null = null;
    let previousText = '';
    // Focus on a part the browser draws itself (the calendar button of a date field) leaves the field
    // without :focus; the browser shows its own ring there, which a page's style cannot reach.
    const ownPart = !el.matches(':focus');
    const last = ownPart ? undefined : g.lastFocus;
    // the content (<main>) takes focus from the skip link only, and is no stop of its own: no outline asked of it
    if (last && last.tabStop && last.el !== el && last.el.isConnected) {
      const now = getComputedStyle(last.el);
      previousShowedFocus = `${now.outlineStyle} ${now.outlineWidth} ${now.outlineColor} | ${now.boxShadow}` !== last.look;
      previousText = last.text || last.el.id || last.el.tagName;
    }
    if (!ownPart) g.lastFocus = { el, look, text, tabStop: (el as HTMLElement).tabIndex >= 0 };
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name: el.getAttribute('name') ?? '',
      text,
      inForm: el.closest('#wizard-form') !== null,
      top: Math.round(rect.top + window.scrollY),
      visible: rect.width > 0 && rect.height > 0,
      previousShowedFocus,
      previousText,
    };
  });
}

/** Tabs on (at most `max` times) until `until` holds for the focused element; every stop on the way. */
async function tabUntil(page: Page, until: (s: Stop) => boolean, max = 60): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    const s = await press(page, 'Tab');
    stops.push(s);
    if (until(s)) return stops;
  }
  throw new Error(`after ${max} tabs still not there; last: ${JSON.stringify(stops.at(-1))}`);
}

/** Each stop is on the screen, and the one before it looked focused while it had focus. */
function expectVisibleFocus(stops: Stop[]): void {
  for (const s of stops) {
    expect(s.visible, `${s.tag}#${s.id} "${s.text}" is on the screen when focused`).to.equal(true);
    if (s.previousShowedFocus !== null) expect(s.previousShowedFocus, `"${s.previousText}" shows its focus`).to.equal(true);
  }
}

/** The skip link is the first stop, visible, and Enter on it puts focus on the content. */
async function skipToContent(page: Page): Promise<void> {
  const first = await press(page, 'Tab');
  expect(first.text, 'the first tab stop').to.equal('Naar de inhoud');
  expect(first.visible).to.equal(true);
  const main = await press(page, 'Enter');
  expect(main.id, 'focus moved to the content').to.equal('inhoud');
  expectVisibleFocus([main]);
}

describe('e2e: the wizard with the keyboard only', function () {
  this.timeout(180_000);
  let w: World;
  before(async function () {
    w = await startWorld(this);
  });
  after(async () => {
    await w?.close();
  });

  it('goes from the start page to the second step with Tab, Shift+Tab, Enter, Space and arrow keys, focus always visible and in order', async () => {
    const page = await w.tab('council-member');
    await page.goto(`${w.t.url}/o/${w.org.slug}/drafts/new?kind=proposal`, { waitUntil: 'load' });
    await page.bringToFront();

    // the start page: skip link, then the title, typed; Enter in a field starts the draft
    await skipToContent(page);
    const toTitle = await tabUntil(page, (s) => s.id === 'meta.title');
    expectVisibleFocus(toTitle);
    await page.keyboard.type('Sporthal: nieuwe openingsuren');
    const toMunicipality = await press(page, 'Tab');
    expect(toMunicipality.id, 'from the title to the municipality').to.equal('meta.municipality');
    const back = await press(page, 'Tab', true);
    expect(back.id, 'Shift+Tab goes back to the title').to.equal('meta.title');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
    expect(await textOf(page, 'main h1')).to.equal('Over het voorstel');

    // step 1: every stop visible with its focus shown, the fields in the order they stand in
    await skipToContent(page);
    const stops = await tabUntil(page, (s) => s.text === 'Volgende');
    expectVisibleFocus(stops);
    const focusedNames = stops.filter((s) => s.inForm && s.name !== '' && s.tag !== 'button').map((s) => s.name);
    const seen = focusedNames.filter((n, i) => n !== focusedNames[i - 1]); // a date field's day, month and year are one field
    const domOrder = await page.$$eval('#wizard-form [name]', (els) =>
      els
        .filter((e) => {
          const c = e as HTMLInputElement;
          return c.type !== 'hidden' && c.tagName !== 'BUTTON' && !c.disabled && c.tabIndex >= 0;
        })
        .map((e) => e.getAttribute('name') as string)
        .filter((n, i, all) => all.indexOf(n) === i),
    );
    expect(seen, 'focus follows the fields in the order they stand').to.deep.equal(domOrder);
    const tops = stops.filter((s) => s.inForm && s.name !== '').map((s) => s.top);
    expect(tops, 'and from top to bottom on the screen').to.deep.equal([...tops].sort((a, b) => a - b));
    expect(stops.at(-2)?.text, 'the buttons after the fields').to.equal('Opslaan');

    // Enter in a field submits the step's form: it saves, and stays on the step
    const toSubmitter = await tabUntil(page, (s) => s.id === 'meta.submittedBy', 80);
    expectVisibleFocus(toSubmitter);
    await page.keyboard.type('Dienst sport');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
    expect(await textOf(page, 'main h1')).to.equal('Over het voorstel');
    expect(await textOf(page, '.wizard-main [role="status"]')).to.equal('Bewaard.');
    expect(await page.$eval('#meta\\.submittedBy', (e) => (e as HTMLInputElement).value)).to.equal('Dienst sport');

    // Space on "Volgende" goes to the second step
    await skipToContent(page);
    expectVisibleFocus(await tabUntil(page, (s) => s.text === 'Volgende'));
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Space')]);
    expect(await textOf(page, 'main h1')).to.equal('Screening (quickscan)');

    // step 2: radio buttons with Space and the arrow keys; Shift+Tab back to the group before
    await skipToContent(page);
    const toPrice = await tabUntil(page, (s) => s.name === 'screening.triggers.price', 80);
    expectVisibleFocus(toPrice);
    await press(page, 'Space');
    expect(await checked(page, 'screening.triggers.price')).to.equal('yes');
    const arrowed = await press(page, 'ArrowRight');
    expect(arrowed.id).to.equal('screening.triggers.price--no');
    expect(await checked(page, 'screening.triggers.price'), 'the arrow key chooses').to.equal('no');
    const right = await press(page, 'Tab');
    expect(right.name, 'one stop per group of radio buttons').to.equal('screening.triggers.right');
    await press(page, 'ArrowDown');
    expect(await checked(page, 'screening.triggers.right')).to.equal('no');
    const again = await press(page, 'Tab', true);
    expect(again.id, 'Shift+Tab returns to the chosen option of the group before').to.equal('screening.triggers.price--no');
    expectVisibleFocus([right, again]);
  });
});

/** The value of the checked radio button named `name`. */
function checked(page: Page, name: string): Promise<string | undefined> {
  return page.$$eval(`input[name="${name}"]`, (els) => (els as HTMLInputElement[]).find((e) => e.checked)?.value);
}
