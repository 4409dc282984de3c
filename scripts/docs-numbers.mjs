// Writes the measured numbers into README.md and docs/*.md, between `<!-- numbers:<name> -->` and
// `<!-- /numbers -->`, so no size or height in the docs is typed by hand.
//   npm run docs:numbers            sizes from dist/ (gzip -9); in headless Chromium, each element's height
//                                   at 1280 px and 375 px and the size of what it stores with its default
//                                   content (after `npm run build`)
// tests/node/docs-numbers.test.mjs fails when a size in the docs differs from dist/ (heights and stored
// sizes need a browser and change only with the elements' layout or default content: run this script
// after such a change).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { manifestElements } from './manifest.mjs';

export const DOCS = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const MARKER = /<!-- numbers:([\w-]+) -->([\s\S]*?)<!-- \/numbers -->/g;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The sizes the docs quote, from dist/ as built (gzip -9 of the minified bundles). */
export function measureSizes() {
  const standalone = readdirSync('dist/standalone').filter((f) => f.endsWith('.js')).map((f) => gzip(`dist/standalone/${f}`));
  return {
    'loader-gzip': kb(gzip('dist/strong-finish.js')),
    'http-storage-gzip': kb(gzip('dist/http-storage.js')),
    'kit-gzip': kb(gzip('dist/strong-finish.bundle.js')),
    'standalone-gzip': `${kb(Math.min(...standalone)).replace(' KB', '')}–${kb(Math.max(...standalone))}`,
  };
}

/** `{ name: text }` of every marker in a Markdown text. */
export function readNumbers(text) {
  return [...text.matchAll(MARKER)].map(([, name, value]) => ({ name, value }));
}

/** The text with every marker whose name is in `values` filled in. */
export function writeNumbers(text, values) {
  return text.replace(MARKER, (all, name) => (name in values ? `<!-- numbers:${name} -->${values[name]}<!-- /numbers -->` : all));
}

const WIDTHS = [1280, 375];
const ATTRS = 'intern-name="Maya Chen" company="Northwind" supervisor="Jordan Alvarez" end-date="2026-12-18" storage="none"';

/**
 * Runs `fn(browser, open)` with headless Chromium; `open(target, tag, attrs, width?)` opens a page (in the
 * browser or a context) showing `<tag attrs>` with the one-file bundle, which is served for it: the
 * autoloader would fetch chunks these pages do not serve.
 */
async function withElementPages(fn) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { findChromium } = await import('./browsers.mjs');
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const bundle = readFileSync('dist/strong-finish.bundle.js', 'utf8');
  const open = async (target, tag, attrs, width) => {
    const page = await target.newPage();
    if (width) await page.setViewport({ width, height: 900 });
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const path = new URL(req.url()).pathname;
      if (path === '/') req.respond({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>h</title><script type="module" src="/sf.js"></script></head><body><${tag} ${attrs}></${tag}></body></html>` });
      else if (path === '/sf.js') req.respond({ contentType: 'text/javascript', body: bundle });
      else req.respond({ status: 404, body: '' });
    });
    await page.goto('http://127.0.0.1/');
    return page;
  };
  try {
    return await fn(browser, open);
  } finally {
    await browser.close();
  }
}

const TAGS = () => manifestElements().map((e) => e.declaration.tagName).sort();

/** Each element's rendered height (rem, rounded up) with default content, alone on a page, at each width. */
export function measureHeights() {
  return withElementPages(async (browser, open) => {
    const out = {};
    for (const tag of TAGS()) {
      out[tag] = {};
      for (const width of WIDTHS) {
        const page = await open(browser, tag, ATTRS, width);
        const px = await page.evaluate(async (tag) => {
          await customElements.whenDefined(tag);
          const el = document.querySelector(tag);
          await el.updateComplete;
          // The kit adds its step's widget after its first render; wait for every nested element too.
          for (let i = 0; i < 3; i++) {
            await new Promise((r) => setTimeout(r, 100));
            for (const inner of el.shadowRoot.querySelectorAll('*')) if (inner.updateComplete) await inner.updateComplete;
          }
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return el.getBoundingClientRect().height;
        }, tag);
        out[tag][width] = Math.ceil(px / 16);
        await page.close();
      }
    }
    return out;
  });
}

/**
 * What each element stores with its default content: the bytes (UTF-8) of its stored envelope
 * (`{ v, savedAt, data }`) once it is asked to save what it shows, per storage key it writes.
 */
export function measureStored() {
  return withElementPages(async (browser, open) => {
    const out = {};
    for (const tag of TAGS()) {
      // Its own context: an empty localStorage per element.
      const context = await browser.createBrowserContext();
      const page = await open(context, tag, ATTRS.replace(' storage="none"', ''));
      out[tag] = await page.evaluate(async (tag) => {
        await customElements.whenDefined(tag);
        const el = document.querySelector(tag);
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 300));
        // Giving an element its own value back saves nothing now (#28): ask its storage to save what it shows.
        el.persistence.assigned(() => {});
        await new Promise((r) => setTimeout(r, 1000));
        const stored = {};
        for (let i = 0; i < localStorage.length; i++) stored[localStorage.key(i)] = new TextEncoder().encode(localStorage.getItem(localStorage.key(i))).length;
        return stored;
      }, tag);
      await context.close();
    }
    return out;
  });
}

const NAMES = { 'internship-checklist': 'checklist', 'reflection-journal': 'reflection journal', 'finish-strong-planner': 'planner', 'feedback-questions': 'feedback questions', 'thank-you-composer': 'thank-you notes', 'keep-in-touch': 'contacts', 'feedback-response': "supervisor's answer" };

/** The sentence of docs/sync.md: each element's stored size with its default content, largest first. */
export function storedText(stored) {
  const own = (tag) => stored[tag]?.[`strong-finish/${tag}`] ?? 0;
  const tags = Object.keys(NAMES).sort((a, b) => own(b) - own(a));
  const big = tags.filter((t) => own(t) >= 102.4);
  const small = tags.length - big.length;
  return `${big.map((t) => `${NAMES[t]} ${kb(own(t))}`).join(', ')}${small ? `, the ${small === 1 ? 'other' : 'others'} under 0.1 KB` : ''}; the wrap-up kit (one document holding the shared profile and task list) ${kb(own('internship-wrap-up'))}`;
}

/** The Markdown the heights markers hold. */
export function heightTexts(heights) {
  const [desktop, phone] = WIDTHS;
  const rows = Object.entries(heights).map(([tag, h]) => `| \`<${tag}>\` | ${h[desktop]}rem | ${h[phone]}rem |`);
  const kit = heights['internship-wrap-up'];
  return {
    'heights-table': `\n| Element | at ${desktop} px | at ${phone} px |\n|---|---:|---:|\n${rows.join('\n')}\n`,
    'kit-reservation': `\n\`\`\`css\ninternship-wrap-up:not(:defined) { display: block; min-height: ${kit[phone]}rem }   /* phones, ${phone} px */\n@media (min-width: 64rem) {\n  internship-wrap-up:not(:defined) { min-height: ${kit[desktop]}rem }                 /* desktops, ${desktop} px */\n}\n\`\`\`\n`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const values = { ...measureSizes(), ...heightTexts(await measureHeights()), 'stored-sizes': storedText(await measureStored()) };
  for (const file of DOCS) {
    const text = readFileSync(file, 'utf8');
    const next = writeNumbers(text, values);
    if (next !== text) writeFileSync(file, next);
    for (const { name } of readNumbers(text)) if (!(name in values)) console.error(`${file}: unknown marker numbers:${name}`);
  }
  console.log(Object.entries(values).map(([k, v]) => `${k}: ${v.trim()}`).join('\n'));
}
