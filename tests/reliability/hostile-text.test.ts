import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { marked } from 'marked';
import MarkdownIt from 'markdown-it';
import { deepElements, make, typeInto, WIDGETS, type Widget, type WidgetCase } from './widgets.js';
import { allStrings, icsText, mailText, shownIn, typingSample, wellFormed } from './strings.js';
import { loadPapa } from '../helpers/papa.js';
import { toCSV, parseCSV } from '../../src/core/formats/csv.js';
import { toVCard } from '../../src/core/formats/vcard.js';
import { isSelfLink } from '../helpers/harness.js';

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];
const isWebDriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

// Two independent renderers (#20 §3): marked (GFM) and markdown-it (CommonMark, raw HTML passed through
// and bare addresses linked, as permissive as a site would be).
const markdownIt = new MarkdownIt({ html: true, linkify: true });
const RENDERERS: [name: string, render: (md: string) => string][] = [
  ['marked', (md) => marked.parse(md, { async: false }) as string],
  ['markdown-it', (md) => markdownIt.render(md)],
];

/** Tag names a renderer produced for a document, counted (parsed inertly: nothing loads, nothing runs). */
function structure(md: string, render: (md: string) => string): Map<string, number> {
  const doc = new DOMParser().parseFromString(render(md), 'text/html');
  const counts = new Map<string, number>();
  for (const e of doc.body.querySelectorAll('*')) if (!isSelfLink(e)) counts.set(e.localName, (counts.get(e.localName) ?? 0) + 1);
  for (const e of doc.body.querySelectorAll('*')) {
    for (const a of e.getAttributeNames()) if (a.startsWith('on')) counts.set(`@${a}`, (counts.get(`@${a}`) ?? 0) + 1);
  }
  return counts;
}

/** Paragraphs and hard breaks follow the text's line breaks; every other element must come from us. */
function extraStructure(md: string, baseline: Map<string, number>, render: (md: string) => string): string[] {
  const out: string[] = [];
  for (const [tag, n] of structure(md, render)) {
    if (tag === 'p' || tag === 'br') continue;
    if (n > (baseline.get(tag) ?? 0)) out.push(`${n - (baseline.get(tag) ?? 0)} extra <${tag}>`);
  }
  return out;
}

function checkIcs(w: WidgetCase, el: Widget, s: string, problems: string[]): void {
  const ics = w.exports.ics?.(el, s);
  if (!ics) return;
  let cal: ICAL.Component;
  try {
    cal = new ICAL.Component(ICAL.parse(ics.text));
  } catch (error) {
    problems.push(`ics does not parse (${(error as Error).message})`);
    return;
  }
  const components = [...cal.getAllSubcomponents('vevent'), ...cal.getAllSubcomponents('vtodo')];
  if (ics.text.split(/\r\n/).some((line) => new TextEncoder().encode(line).length > 75)) problems.push('ics: a line over 75 octets');
  if (/\r(?!\n)|(?<!\r)\n/.test(ics.text)) problems.push('ics: a bare CR or LF');
  for (const x of ics.expect) {
    const matching = components.filter((c) => String(c.getFirstPropertyValue('uid')).startsWith(`${x.uid}@`));
    if (matching.length !== 1) {
      problems.push(`ics: ${matching.length} components with UID ${x.uid} (of ${components.length})`);
      continue;
    }
    const c = matching[0];
    if (x.summary !== undefined && c.getFirstPropertyValue('summary') !== icsText(x.summary)) {
      problems.push(`ics SUMMARY ${JSON.stringify(c.getFirstPropertyValue('summary'))}`);
    }
    if (x.description !== undefined && c.getFirstPropertyValue('description') !== icsText(x.description)) {
      problems.push(`ics DESCRIPTION ${JSON.stringify(c.getFirstPropertyValue('description'))}`);
    }
  }
  if (components.length !== ics.expect.length) problems.push(`ics: ${components.length} components, expected ${ics.expect.length}`);
}

function checkCsv(w: WidgetCase, el: Widget, s: string, problems: string[], Papa: any): void {
  const csv = w.exports.csv?.(el);
  if (!csv) return;
  const rows = Papa.parse(csv.text, { skipEmptyLines: true }).data as string[][];
  for (const [r, c] of csv.cells) {
    const cell = (rows[r]?.[c] ?? '').replace(/^'(?='*[=+\-@\t\r])/, ''); // our formula guard, stripped once
    if (cell !== s) problems.push(`csv [${r},${c}] ${fmt(cell)}`);
  }
}

function checkVcard(w: WidgetCase, el: Widget, s: string, problems: string[]): void {
  const v = w.exports.vcard?.(el, s);
  if (!v) return;
  let card: ICAL.Component;
  try {
    card = new ICAL.Component(ICAL.parse(v.text));
  } catch (error) {
    problems.push(`vcard does not parse (${(error as Error).message})`);
    return;
  }
  for (const [prop, want] of Object.entries(v.expect)) {
    const got = card.getFirstPropertyValue(prop);
    if (got !== icsText(want)) problems.push(`vcard ${prop.toUpperCase()} ${fmt(String(got))}`);
  }
}

function checkMailto(w: WidgetCase, el: Widget, s: string, problems: string[]): void {
  for (const m of w.exports.mailto?.(el, s) ?? []) {
    const url = new URL(m.url);
    if (url.protocol !== 'mailto:') problems.push(`mailto protocol ${url.protocol}`);
    const params = new URLSearchParams(url.search);
    const keys = [...params.keys()].filter((k) => !['subject', 'body', 'cc'].includes(k));
    if (keys.length) problems.push(`mailto: extra fields ${keys.join(',')}`);
    if ([...params.keys()].length !== new Set(params.keys()).size) problems.push('mailto: a field twice');
    if ((params.get('body') ?? '') !== mailText(m.body)) problems.push(`mailto body ${JSON.stringify(params.get('body'))}`);
    if (m.subject !== undefined && (params.get('subject') ?? '') !== mailText(m.subject)) problems.push(`mailto subject ${JSON.stringify(params.get('subject'))}`);
  }
}

/** No script-ish element or handler attribute, and every href is http(s) or mailto. */
function checkDom(el: Widget, problems: string[]): void {
  for (const e of deepElements(el.shadowRoot!)) {
    if (['script', 'iframe', 'object', 'embed', 'img', 'svg'].includes(e.localName) && e.localName !== 'svg') problems.push(`a <${e.localName}> in the shadow DOM`);
    for (const a of e.getAttributeNames()) if (a.startsWith('on')) problems.push(`an ${a} attribute on <${e.localName}>`);
    const href = e.getAttribute('href');
    if (href !== null) {
      let protocol = 'invalid';
      try {
        protocol = new URL(href, location.href).protocol;
      } catch {
        /* keep invalid */
      }
      if (!SAFE_SCHEMES.includes(protocol)) problems.push(`href ${JSON.stringify(href)}`);
    }
  }
}

const fmt = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…(${s.length})` : s);

describe('reliability: hostile text in every widget', function () {
  this.timeout(120_000);
  let strings: string[];
  let sample: string[];
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };

  before(async () => {
    strings = await allStrings();
    sample = await typingSample();
    window.__pwned = false;
    // Payloads in the list call these: any call means injected code ran.
    window.alert = window.confirm = window.prompt = (() => {
      window.__pwned = true;
    }) as never;
  });
  after(() => Object.assign(window, originals));
  afterEach(() => expect(window.__pwned, 'injected code ran').to.equal(false));

  it('uses the whole list (over 500 strings) and about 100 for typing', () => {
    expect(strings.length).to.be.greaterThan(500);
    expect(sample.length).to.be.within(100, 250);
  });

  for (const w of WIDGETS) {
    describe(`<${w.tag}>`, () => {
      it('shows every string exactly when assigned as value, and every export round-trips', async () => {
        const Papa = await loadPapa();
        const el = await make(w.tag);
        el.now = new Date(2030, 0, 1);
        // Empty text leaves optional parts out, so it has its own baseline.
        el.value = w.fill('', el);
        await el.updateComplete;
        const emptyBaselines = RENDERERS.map(([, render]) => structure(w.exports.markdown(el), render));
        el.value = w.fill('plain words', el);
        await el.updateComplete;
        const baselines = RENDERERS.map(([, render]) => structure(w.exports.markdown(el), render));
        const failures: string[] = [];
        for (const raw of strings) {
          const s = w.max ? raw.slice(0, w.max) : raw;
          el.value = w.fill(s, el);
          await el.updateComplete;
          const problems: string[] = [];
          for (const slot of w.slots) {
            if (slot.absentWhen?.(s)) continue;
            await slot.reveal?.(el);
            const node = slot.find(el.shadowRoot!);
            if (!node) {
              problems.push(`${slot.name} not shown`);
              continue;
            }
            const got = slot.kind === 'text' ? node.textContent : (node as HTMLInputElement).value;
            if (got !== shownIn(slot.kind, slot.max ? s.slice(0, slot.max) : s)) problems.push(`${slot.name} shows ${fmt(got ?? '')}`);
          }
          const md = w.exports.markdown(el);
          RENDERERS.forEach(([name, render], r) => {
            const extra = extraStructure(md, s ? baselines[r] : emptyBaselines[r], render);
            if (extra.length) problems.push(`markdown (${name}): ${extra.join(', ')}`);
          });
          checkIcs(w, el, s, problems);
          checkMailto(w, el, s, problems);
          checkCsv(w, el, s, problems, Papa);
          checkVcard(w, el, s, problems);
          checkDom(el, problems);
          if (problems.length) failures.push(`${fmt(s)}: ${problems.join('; ')}`);
        }
        el.parentElement!.remove();
        expect(failures, `${failures.length} strings failed:\n${failures.slice(0, 15).join('\n')}`).to.deep.equal([]);
      });

      it('keeps every typed string exactly (about 100 strings through each text field)', async () => {
        const el = await make(w.tag);
        el.value = w.fill('seed text', el);
        await el.updateComplete;
        const failures: string[] = [];
        for (const raw of sample) {
          const s = w.max ? raw.slice(0, w.max) : raw;
          for (const field of w.typing) {
            if (field.max && s.length > field.max) continue;
            await field.reveal?.(el);
            const control = field.control(el);
            if (!control) {
              failures.push(`${field.name}: no control`);
              continue;
            }
            control.value = s;
            // What the browser lets the field hold (inputs drop line breaks); a submitted form's data is
            // well-formed (FormData turns lone surrogates into U+FFFD).
            const typed = control.value;
            await typeInto(el, control, s, field.via);
            if (field.ignored?.(typed)) continue;
            const got = field.read(el.value) ?? ''; // an emptied optional field may be left out
            const want = field.kept ? field.kept(typed) : typed;
            if (got !== want && !(field.via === 'submit' && got === wellFormed(want))) failures.push(`${field.name} ${fmt(s)} → ${fmt(got ?? '(missing)')}`);
            if (field.via !== 'submit' && field.control(el)?.value !== typed) failures.push(`${field.name} ${fmt(s)} re-rendered as ${fmt(field.control(el)?.value ?? '(no control)')}`);
          }
        }
        const problems: string[] = [];
        checkDom(el, problems);
        el.parentElement!.remove();
        expect([...failures, ...problems], failures.slice(0, 15).join('\n')).to.deep.equal([]);
      });

      // Real key presses: not under WebKitWebDriver, which drops characters (a test-runner limitation), and
      // only for widgets with a field outside a form (form fields are covered by the typing test above).
      const keyField = w.typing.find((f) => f.via !== 'submit');
      if (!isWebDriver && keyField) it('keeps text typed with real key presses', async function () {
        const el = await make(w.tag);
        el.value = w.fill('seed', el);
        await el.updateComplete;
        const field = keyField;
        await field.reveal?.(el);
        for (const s of ['Hello <b>world</b> & "you" 😀', 'مرحبا \u202Eabc', '<img src=x onerror="window.__pwned=true">']) {
          const control = field.control(el);
          control.focus();
          control.select();
          await sendKeys({ press: 'Backspace' });
          await sendKeys({ type: s });
          if (field.via === 'change') control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
          if (field.via === 'submit') control.form!.requestSubmit();
          await el.updateComplete;
          expect(field.read(el.value), field.name).to.equal(s);
        }
        el.parentElement!.remove();
      });
    });
  }

  describe('core formats with every string', () => {
    it('CSV round-trips through papaparse and our own parser', async () => {
      const Papa = await loadPapa();
      const rows = strings.map((s, i) => [String(i), s, 'tail']);
      const csv = toCSV([['n', 'text', 'tail'], ...rows]);
      const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: false }).data.filter((r) => r.length > 1);
      const ours = parseCSV(csv).rows;
      const failures: string[] = [];
      rows.forEach((row, i) => {
        // papaparse sees the guard apostrophe our export adds before formula-like cells; strip exactly one.
        const papaText = parsed[i + 1]?.[1]?.replace(/^'(?='*[=+\-@\t\r])/, '');
        if (papaText !== row[1]) failures.push(`papaparse ${fmt(row[1])} → ${fmt(papaText ?? '(missing)')}`);
        if (ours[i + 1]?.[1] !== row[1]) failures.push(`parseCSV ${fmt(row[1])} → ${fmt(ours[i + 1]?.[1] ?? '(missing)')}`);
      });
      expect(failures, failures.slice(0, 10).join('\n')).to.deep.equal([]);
    });

    it('vCard NOTE and TITLE round-trip through ical.js', () => {
      const failures: string[] = [];
      for (const s of strings) {
        const text = toVCard([{ name: 'Ana Ruiz', note: s, title: s }]);
        const card = new ICAL.Component(ICAL.parse(text));
        if (card.getFirstPropertyValue('note') !== (s ? icsText(s) : null)) failures.push(`NOTE ${fmt(s)} → ${fmt(String(card.getFirstPropertyValue('note')))}`);
        if (card.getFirstPropertyValue('title') !== (s ? icsText(s) : null)) failures.push(`TITLE ${fmt(s)}`);
        if (wellFormed(text) !== text) failures.push(`lone surrogate written for ${fmt(s)}`);
      }
      expect(failures, failures.slice(0, 10).join('\n')).to.deep.equal([]);
    });
  });
});
