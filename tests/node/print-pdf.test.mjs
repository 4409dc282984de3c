// "Print or save as PDF" prints a document, not the form: each element's print view (its Markdown
// export as headings, fields and text) in a real Chromium PDF, read back with pdftotext (poppler-utils).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer } from '../../scripts/serve.mjs';
import { launchChromium } from './browser.mjs';

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let browser, server, dir;
before(async () => {
  assert.ok(existsSync('dist/strong-finish.bundle.js'), 'run `npm run build` first');
  server = await startServer({ port: 0 });
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'sf-print-'));
});
after(async () => {
  await browser?.close();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Renders `setup` (run in the page) and prints the page to an A4 PDF; returns its text, one string per page. */
async function printed(setup, arg) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/tests/pages/print.html`);
  await page.waitForFunction('window.__ready === true', { timeout: 15000 });
  await page.evaluate(setup, arg);
  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  await page.close();
  assert.deepEqual(errors, []);
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p) => p.trim());
}

/** Whitespace-insensitive: a note wraps onto new lines in the PDF. */
const flat = (s) => s.replace(/\s+/g, ' ').trim();

const NOTES = [
  ['Priya Raman', 'Dear Priya, thank you for three months of patient mentoring. You showed me how to break the pricing dashboard into pieces small enough to ship every week, and you always found time to review my queries, even in the busiest sprint of the quarter. The way you explained cohort analysis on a whiteboard is something I will use for years. I am grateful that you trusted me to present the results to the sales leads. Please keep in touch: I would love to hear how the new filters land with the team. With thanks, Sam'],
  ['Jordan Alvarez', 'Dear Jordan, thank you for being the kind of supervisor every intern hopes for. You gave me real work from the first week, clear goals, and honest feedback on my writing that made my reports shorter and sharper. When the data migration slipped, you showed me how to tell stakeholders early and calmly. I learned more about professional judgement from watching you than from any course. I hope we can stay in touch, and I would be glad to help with anything the team needs after I leave. Warmly, Sam'],
  ['Dev Shah', 'Hi Dev, thanks for pairing with me on the test suite and for answering every one of my questions about the build without ever making me feel slow. Your habit of writing the failing test first changed how I work. The lunch walks and the book recommendations made the office feel welcoming from day one. I owe you a coffee next time I am in town. Thanks again, Sam'],
];
const CONTROLS = ['Mark as sent', 'Regenerate', 'Open in mail app', 'Download .txt', 'Add person', 'Copy all as Markdown', 'Write the draft', 'Download Markdown'];

test('three thank-you notes print in full, without controls, on at most three pages', { skip: !hasPdftotext && 'pdftotext (poppler-utils) is not installed' }, async () => {
  const pages = await printed((notes) => {
    const el = document.createElement('thank-you-composer');
    el.setAttribute('storage', 'none');
    el.setAttribute('intern-name', 'Sam Lee');
    el.value = {
      people: notes.map(([name, draft], i) => ({ id: `p${i}`, name, relationship: 'mentor', specifics: {}, tone: 'warm', channel: 'email', draft, edited: true, status: 'drafted' })),
    };
    document.getElementById('host').append(el);
    return el.updateComplete;
  }, NOTES);
  const all = flat(pages.join(' '));
  for (const [name, note] of NOTES) {
    assert.ok(all.includes(name), `${name} is printed`);
    assert.ok(all.includes(flat(note)), `the note to ${name} is printed in full`);
  }
  for (const label of CONTROLS) assert.ok(!all.includes(label), `no control label “${label}” in the PDF`);
  assert.ok(pages.length <= 3, `${pages.length} pages`);
});

test('the whole kit prints as one document: every step, no controls', { skip: !hasPdftotext && 'pdftotext (poppler-utils) is not installed' }, async () => {
  const pages = await printed(() => {
    const el = document.createElement('internship-wrap-up');
    el.setAttribute('storage', 'none');
    el.setAttribute('intern-name', 'Sam Lee');
    el.setAttribute('company', 'Acme');
    el.setAttribute('end-date', '2026-12-18');
    el.now = new Date(2026, 11, 7, 10); // the countdown and what is due depend on today: fixed
    document.getElementById('host').append(el);
    return el.updateComplete;
  });
  const all = flat(pages.join(' '));
  for (const step of ['Checklist', 'Thank-you notes', 'Keep in touch']) assert.ok(all.includes(step), `${step} is printed`);
  for (const label of ['Print or save as PDF', 'Download a backup', 'Restore from a backup', 'Clear my data', 'Edit your details']) {
    assert.ok(!all.includes(label), `no control label “${label}” in the PDF`);
  }
  console.log(`# kit: ${pages.length} A4 pages`);
  if (process.env.SF_PRINT_DEBUG) console.log(pages.join("\n=====PAGE=====\n"));
  assert.ok(pages.length <= 8, `${pages.length} pages`);
});
