// What a person does on a page, for the end-to-end journeys: find a control by the words on the screen
// (its label, its legend, a button's or link's text) and use it as a person would: click, type, choose.
// Only the page's own content (<main>) is searched, so the header's "Afmelden" is never clicked by mistake.
import { expect } from 'chai';
import type { ElementHandle, HTTPResponse, Page } from 'puppeteer-core';

type Scope = string | undefined;
type Kind = 'label' | 'option' | 'control';

/** Collapses white space, as a reader sees the text. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Finds an element by the words a person reads, in the page (one function: the page runs it as it is, CSP or not). */
async function find(page: Page, kind: Kind, text: string, extra: string, scope: Scope): Promise<ElementHandle<Element>> {
  // No named helper functions inside: the test's compiler would wrap them in a helper the page lacks.
  const h = await page.evaluateHandle(
    (k: Kind, t: string, x: string, sel: string | null): Element | null => {
      const root = document.querySelector(sel ?? 'main');
      if (!root) return null;
      // A label's own words may be followed by a hidden unit or the field it belongs to: "Waarborg (in euro)".
      if (k === 'label') {
        const label = Array.from(root.querySelectorAll('label[for]')).find((l) => {
          const w = (l.textContent ?? '').replace(/\s+/g, ' ').trim();
          return w === t || w.startsWith(`${t} (`);
        }) as HTMLLabelElement | undefined;
        return label ? document.getElementById(label.htmlFor) : null;
      }
      if (k === 'option') {
        for (const fs of Array.from(root.querySelectorAll('fieldset'))) {
          const legend = fs.querySelector(':scope > legend');
          if (!legend || !(legend.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(t)) continue;
          const label = Array.from(fs.querySelectorAll('label')).find((l) => {
            const w = (l.textContent ?? '').replace(/\s+/g, ' ').trim();
            return w === x || w.startsWith(`${x} (`);
          });
          if (label) return label;
        }
        return null;
      }
      const all = Array.from(root.querySelectorAll('button, a, summary')) as HTMLElement[];
      return all.find((e) => e.innerText.replace(/\s+/g, ' ').trim() === t && e.getAttribute('aria-hidden') !== 'true') ?? null;
    },
    kind,
    text,
    extra,
    scope ?? null,
  );
  const el = h.asElement();
  if (!el) throw new Error(`no ${kind} "${text}"${extra ? ` / "${extra}"` : ''}${scope ? ` in ${scope}` : ''} on ${page.url()}`);
  return el as ElementHandle<Element>;
}

/** The control whose <label> says `text` (perhaps followed by a hidden unit in brackets). */
export const byLabel = (page: Page, text: string, scope?: Scope): Promise<ElementHandle<Element>> => find(page, 'label', text, '', scope);

/** The label of the option `opt` of the radio buttons or check boxes under the legend starting with `legend`. */
export const option = (page: Page, legend: string, opt: string, scope?: Scope): Promise<ElementHandle<Element>> => find(page, 'option', legend, opt, scope);

/** The button or link whose visible text is `text`. */
export const control = (page: Page, text: string, scope?: Scope): Promise<ElementHandle<Element>> => find(page, 'control', text, '', scope);

/** Clicks the button or link `text` and waits for the page it leads to. */
export async function go(page: Page, text: string, scope?: Scope): Promise<HTTPResponse | null> {
  const el = await control(page, text, scope);
  const [res] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), el.click()]);
  return res;
}

/** Opens the folded part (<details>) whose summary says `text`, unless it is open already. */
export async function unfold(page: Page, text: string, scope?: Scope): Promise<void> {
  const summary = await control(page, text, scope);
  if (!(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await summary.click();
  expect(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open), `"${text}" unfolds`).to.equal(true);
}

/** Types `value` into the field labelled `label`, replacing what is in it (selected, then typed over). */
export async function fill(page: Page, label: string, value: string, scope?: Scope): Promise<void> {
  const el = await byLabel(page, label, scope);
  expect(await el.boundingBox(), `"${label}" is on the screen to type in`).to.not.equal(null);
  await el.focus();
  await el.evaluate((e) => (e as HTMLInputElement).select());
  await page.keyboard.press('Backspace');
  if (value !== '') await page.keyboard.type(value);
}

/** Chooses `option` under the legend `legend` by clicking its label. */
export async function choose(page: Page, legend: string, opt: string, scope?: Scope): Promise<void> {
  await (await option(page, legend, opt, scope)).click();
}

/** Picks the option with the visible text `text` in the select labelled `label`. */
export async function pick(page: Page, label: string, text: string, scope?: Scope): Promise<void> {
  const el = await byLabel(page, label, scope);
  const value = await el.evaluate((s, t) => Array.from((s as HTMLSelectElement).options).find((o) => o.text.trim() === t)?.value, text);
  if (value === undefined) throw new Error(`no option "${text}" in "${label}"`);
  await el.select(value);
}

/**
 * Sets a date field. A date input's typing depends on the browser's locale (dd-mm-jjjj or mm/dd/yyyy),
 * so the value is set as the date picker sets it, with the events a picked date fires.
 */
export async function fillDate(page: Page, label: string, iso: string, scope?: Scope): Promise<void> {
  const el = await byLabel(page, label, scope);
  await el.evaluate((e, v) => {
    const input = e as HTMLInputElement;
    input.focus();
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, iso);
}

/** The visible text of the first element matching `selector` (white space collapsed), '' when there is none. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return squash(await page.$eval(selector, (e) => (e as HTMLElement).innerText).catch(() => ''));
}

/** The page's <main> as a reader sees it. */
export const mainText = (page: Page): Promise<string> => textOf(page, 'main');

/** A date `days` before today, as YYYY-MM-DD (in UTC: the server's "today" may be the day after, never before). */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
