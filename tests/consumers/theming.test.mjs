// Issue #33: the theming docs hold in both themes. Every element, alone on a page (the one-tag loader from
// the tarball's dist/), with the brand block of docs/job-boards.md as a host pastes it, and with no host CSS
// at all, in theme="light" and theme="dark": the contrast of every visible text against what is behind it
// (≥ 4.5:1, large text ≥ 3:1, WCAG 1.4.3) and of the keyboard focus ring against the surface around it
// (≥ 3:1, WCAG 1.4.11), measured in Chromium from computed styles. Before #33 the brand block set a light
// `--sf-accent-soft` on every tag with a dark override for the kit only: a standalone
// `<keep-in-touch theme="dark">` showed rgb(231,234,240) on rgb(227,241,237), and its amber ring was 2.27:1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../node/browser.mjs';
import { consumer, docBlock, openPage, serve, workspace } from './project.mjs';

const TAGS = ['internship-checklist', 'feedback-questions', 'feedback-response', 'thank-you-composer', 'reflection-journal', 'finish-strong-planner', 'keep-in-touch', 'internship-wrap-up', 'programme-summary'];
// <programme-summary> draws what the host gives it (docs/sync.md): a programme with shown and hidden counts.
const SUMMARY = { programme: 'cs-2026', interns: 12, minGroup: 5, steps: [{ step: 'checklist', started: 12, completed: 7 }, { step: 'feedback', started: 9, completed: null }, { step: 'contacts', started: null, completed: null }] };
const setUp = (tag) => (tag === 'programme-summary' ? `<script type="module">customElements.whenDefined('programme-summary').then(() => { document.querySelector('programme-summary').value = ${JSON.stringify(SUMMARY)}; });</script>` : '');
let browser;
let server;
let root;

before(async () => {
  const { dir, tarball } = await consumer();
  root = workspace(dir, 'theming');
  execFileSync('tar', ['-xzf', tarball, '-C', root]);
  const brand = docBlock('job-boards-brand');
  // README.md's theming block styles the kit: it must hold in both themes as well.
  const readme = docBlock('readme-theme');
  for (const tag of TAGS) {
    for (const theme of ['light', 'dark']) {
      for (const [name, css] of [['brand', brand], ['default', ''], ...(tag === 'internship-wrap-up' ? [['readme', readme]] : [])]) {
        writeFileSync(join(root, `${tag}-${theme}-${name}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${tag}</title>
<script type="module" src="/package/dist/strong-finish.js"></script><style>${css}</style></head>
<body style="margin:0;background:${theme === 'dark' ? '#0b0d12' : '#fff'}">
<${tag} theme="${theme}" intern-name="Maya Chen" company="Northwind" supervisor="Jordan Alvarez" end-date="2026-12-18" storage="none"></${tag}>
${setUp(tag)}</body></html>\n`);
      }
    }
  }
  server = await serve(root);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** In the page: every visible text and its contrast with the composited background behind it. */
function measureText() {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (x, y) => {
    const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p);
    return (a + 0.05) / (b + 0.05);
  };
  const over = (top, under) => ({ r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a), a: 1 });
  const parentOf = (el) => el.assignedSlot ?? el.parentElement ?? el.getRootNode().host ?? null;
  /** The colour behind `el`: its and its ancestors' backgrounds, composited up to the page. */
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = parentOf(e)) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg.a > 0) {
        layers.push(bg);
        if (bg.a === 1) break;
      }
    }
    return layers.reverse().reduce((under, top) => over(top, under), { r: 255, g: 255, b: 255, a: 1 });
  };
  const all = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const failures = [];
  let measured = 0;
  for (const el of all) {
    const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('').trim();
    const value = el.matches('input:not([type=checkbox]):not([type=radio]):not([type=hidden]), textarea, select') ? (el.value || '').trim() : '';
    if (!text && !value) continue;
    // aria-hidden text (icons beside a label, a chart's labels and legend) is still seen: it is measured too.
    if (el.closest('[inert], [hidden]') || el.matches(':disabled')) continue;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (style.visibility !== 'visible' || rect.width < 2 || rect.height < 2 || Number(style.opacity) === 0) continue;
    // Visually hidden (screen-reader) text is not seen.
    if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)' || (rect.width <= 1 && rect.height <= 1)) continue;
    let hidden = false;
    for (let e = el; e && !hidden; e = parentOf(e)) hidden = getComputedStyle(e).opacity === '0' || getComputedStyle(e).display === 'none';
    if (hidden) continue;
    const fg = parse(style.color);
    const bg = background(el);
    const shown = fg.a < 1 ? over(fg, bg) : fg;
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const need = large ? 3 : 4.5;
    const r = ratio(shown, bg);
    measured++;
    if (r < need) failures.push(`${(text || value).slice(0, 40)} <${el.localName} class="${el.className}"> ${style.color} on rgb(${Math.round(bg.r)},${Math.round(bg.g)},${Math.round(bg.b)}) = ${r.toFixed(2)}:1`);
  }
  return { measured, failures };
}

/** In the page: the focused element's outline against the background around it. */
function measureFocus() {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot?.activeElement;
  if (!el || el === document.body) return { error: 'nothing focused' };
  const style = getComputedStyle(el);
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const parentOf = (e) => e.assignedSlot ?? e.parentElement ?? e.getRootNode().host ?? null;
  let bg = { r: 255, g: 255, b: 255 };
  for (let e = parentOf(el); e; e = parentOf(e)) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c.a === 1) {
      bg = c;
      break;
    }
  }
  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return { error: `no focus outline on <${el.localName}> (${style.outlineStyle} ${style.outlineWidth})` };
  const ring = parse(style.outlineColor);
  const [a, b] = [lum(ring), lum(bg)].sort((p, q) => q - p);
  return { ratio: (a + 0.05) / (b + 0.05), what: `<${el.localName}> ${style.outlineColor} ${style.outlineWidth} on rgb(${bg.r},${bg.g},${bg.b})` };
}

for (const tag of TAGS) {
  for (const theme of ['light', 'dark']) {
    for (const name of ['brand', 'default', ...(tag === 'internship-wrap-up' ? ['readme'] : [])]) {
      const what = { brand: 'with the brand block of docs/job-boards.md', default: 'with no host CSS', readme: 'with the theming block of README.md' }[name];
      test(`<${tag} theme="${theme}"> ${what}: text ≥ 4.5:1, focus ring ≥ 3:1`, async (t) => {
        const { page, errors } = await openPage(browser);
        try {
          await page.setViewport({ width: 1280, height: 900 });
          await page.goto(`${server.url}/${tag}-${theme}-${name}.html`);
          await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]'), { timeout: 20000 }, tag);
          if (tag === 'programme-summary') {
            await page.waitForFunction(() => document.querySelector('programme-summary')?.shadowRoot?.querySelector('[part~="chart"]') && document.querySelector('programme-summary')?.shadowRoot?.querySelector('tbody th'), { timeout: 20000 });
          }
          if (tag === 'internship-wrap-up') {
            await page.waitForFunction(() => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('internship-checklist')?.shadowRoot?.querySelector('[part~="item"]'), { timeout: 20000 });
          }
          await page.evaluate(() => document.fonts.ready);
          const text = await page.evaluate(measureText);
          await page.keyboard.press('Tab');
          const focus = await page.evaluate(measureFocus);
          t.diagnostic(`${text.measured} texts measured; focus ${focus.what} ${focus.ratio?.toFixed(2)}:1`);
          assert.ok(text.measured > 3, 'texts were found');
          assert.deepEqual(text.failures, []);
          assert.ok(!focus.error, focus.error);
          assert.ok(focus.ratio >= 3, `focus ring ${focus.what} = ${focus.ratio.toFixed(2)}:1`);
          assert.deepEqual(errors, []);
        } finally {
          await page.close();
        }
      });
    }
  }
}

test('the kit forwards its steps\' parts as <slot>-<part>: internship-wrap-up::part(checklist-item) and ::part(contacts-base) reach the steps inside it', async () => {
  writeFileSync(join(root, 'kit-parts.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parts</title>
<script type="module" src="/package/dist/strong-finish.js"></script>
<style>
internship-wrap-up::part(checklist-item) { outline: 4px solid rgb(1, 2, 3); }
internship-wrap-up::part(contacts-base) { border-top-color: rgb(4, 5, 6); }
internship-checklist::part(item) { outline: 4px solid rgb(9, 9, 9); }  /* a standalone checklist's rule: stays outside the kit */
</style></head><body>
<internship-wrap-up intern-name="Maya" end-date="2026-12-18" storage="none"></internship-wrap-up>
</body></html>\n`);
  const { page, errors } = await openPage(browser);
  try {
    await page.goto(`${server.url}/kit-parts.html`);
    const item = () => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('internship-checklist')?.shadowRoot?.querySelector('[part~="item"]');
    await page.waitForFunction(item, { timeout: 20000 });
    assert.equal(await page.evaluate(`getComputedStyle((${item})()).outlineColor`), 'rgb(1, 2, 3)');
    await page.evaluate(() => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelectorAll('[role="tab"]')[5].click());
    const base = () => document.querySelector('internship-wrap-up')?.shadowRoot?.querySelector('keep-in-touch')?.shadowRoot?.querySelector('[part~="base"]');
    await page.waitForFunction(base, { timeout: 20000 });
    assert.equal(await page.evaluate(`getComputedStyle((${base})()).borderTopColor`), 'rgb(4, 5, 6)');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
