import { expect } from '@open-wc/testing';
import { marked } from 'marked';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown, mdDocument, mdHeading, mdItem, mdField, mdParagraph } from '../../src/core/formats/markdown.js';
import { injectedLinks, isSelfLink } from '../helpers/harness.js';
import { allStrings, wellFormed } from '../reliability/strings.js';

const HOSTILE = [
  '[click](javascript:alert(1))',
  '![img](https://x.test/a.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '# not a heading',
  'line\n# heading after newline',
  'line\n===',
  'line\n---',
  '> quote',
  '- list',
  '1. ordered',
  'https://example.com',
  'www.example.com',
  'mail me: ana@example.com',
  '<https://example.com>',
  '[ref]: https://x.test',
  '| a | b |\n|---|---|',
  '&lt;b&gt;',
  '`code`',
  '    indented code',
  '**bold** _it_ ~~del~~',
  // An address runs into markup: an autolink would swallow our escapes and let the markup through.
  'http://a.example/<img src=x onerror=alert(1)>',
  'HTTP://a.example/x)<b>bold</b>',
  'ftp://a.example/<script>alert(1)</script>',
  'see www.a.example/`code` and **this**',
  'https://a.example/a;[x](javascript:alert(1))',
  'nul\u0000 and\u2028line\u2029separators',
];

// #20 §3: the export must read as ordinary Markdown in common renderers and stay safe in each, so every
// check runs through marked (GFM) and markdown-it, an independent CommonMark parser. markdown-it is set
// up as permissively as a site would: raw HTML passed through and bare addresses linked, so anything we
// failed to escape would show.
const markdownIt = new MarkdownIt({ html: true, linkify: true });
const RENDERERS: [name: string, render: (md: string) => string][] = [
  ['marked', (md) => marked.parse(md, { async: false, gfm: true }) as string],
  ['markdown-it', (md) => markdownIt.render(md)],
];

/** Rendered HTML parsed without loading or running anything (an injected `<img onerror>` must fail the test, not run). */
function inert(out: string): HTMLElement {
  return new DOMParser().parseFromString(out, 'text/html').body;
}

/** A bare address or e-mail someone typed may show as a link to exactly itself (GFM autolinks); nothing else. */
function expectOnlySelfLinks(out: string): void {
  expect(injectedLinks(inert(out))).to.deep.equal([]);
}

for (const [renderer, render] of RENDERERS) describe(`Markdown escaping, checked with ${renderer}`, () => {
  for (const input of HOSTILE) {
    it(`keeps ${JSON.stringify(input)} as text`, () => {
      const out = render(mdDocument([mdHeading(2, 'Notes'), mdItem(input, false), escapeMarkdown(input), mdField('Note', input)]));
      expectOnlySelfLinks(out);
      expect(out).not.to.match(/<img/);
      expect(out).not.to.match(/<script/);
      expect(out).not.to.match(/<h[1-6][^>]*>(?!Notes)/);
      expect(out.replace('<strong>Note:</strong>', '')).not.to.match(/<(table|blockquote|ol|code|pre|strong|em|del)[\s>]/);
      // the text itself survives
      const div = inert(out);
      // the exact text survives (whitespace aside: line breaks become <br>)
      const shown = (div.textContent ?? '').replace(/\s/g, '');
      expect(shown).to.contain(input.replace(/\0/g, '\ufffd').replace(/\s/g, ''));
    });
  }

  it('leaves plain words as they are and still escapes what only looks plain', () => {
    for (const plain of ['Jordan Lee', 'O’Brien-Smith, Data team', 'مايا', 'Zoë 2026']) expect(escapeMarkdown(plain)).to.equal(plain);
    expect(escapeMarkdown('-leading')).to.equal('\\-leading');
    expect(escapeMarkdown('1) first')).to.equal('1\\) first');
    expect(escapeMarkdown(' indented')).not.to.equal(' indented');
  });

  it('reads as ordinary text: e-mails, addresses and line breaks are written as typed', () => {
    expect(escapeMarkdown('jordan.alvarez@example.com')).to.equal('jordan.alvarez@example.com');
    expect(escapeMarkdown('https://www.linkedin.com/in/priya_raman')).to.equal('https://www.linkedin.com/in/priya_raman');
    expect(escapeMarkdown('AT&T, R&D')).to.equal('AT&T, R&D');
    expect(escapeMarkdown('&amp; stays text')).to.equal('\\&amp; stays text');
    const note = mdParagraph('Dear Priya,\nthank you for everything.\n\nBest,\nSam');
    for (const line of note.split('\n')) expect(line).not.to.match(/\\$/);
    const html = render(note);
    expect(html.match(/<br>/g)).to.have.length(2);
    expect(html.match(/<p>/g)).to.have.length(2);
    expect(render(mdParagraph('mail jordan.alvarez@example.com'))).to.contain('>jordan.alvarez@example.com</a>');
    expect(render(mdParagraph('[x](https://evil.example)'))).not.to.contain('>x</a>');
  });

  it('keeps one item per line break inside a list item', () => {
    const out = render(mdItem('first\nsecond', true));
    expect(out.match(/<li/g)).to.have.length(1);
  });

  it('renders a task list with checked state (marked), or boxes that read as text (plain CommonMark)', () => {
    const out = render(mdDocument([mdItem('done thing', true), mdItem('open thing', false)]));
    if (renderer === 'marked') expect(out).to.contain('checked');
    else expect(out.replace(/\s/g, '')).to.contain('<li><p>[x]donething</p></li>').and.to.contain('<li><p>[]openthing</p></li>');
  });

  it('keeps every string of the reliability list as text in a heading, an item, a paragraph and a field', async function () {
    this.timeout(60_000);
    const allowed = new Set(['h2', 'h3', 'ul', 'li', 'p', 'br', 'input', 'strong']);
    const failures: string[] = [];
    for (const raw of await allStrings()) {
      const md = mdDocument([mdHeading(2, 'Notes'), mdHeading(3, raw), mdItem(raw, false), mdParagraph(raw), mdField('Note', raw)]);
      // Parsed inertly: nothing loads, nothing runs.
      const doc = new DOMParser().parseFromString(render(md), 'text/html');
      const problems: string[] = [];
      for (const e of doc.body.querySelectorAll('*')) {
        if (!allowed.has(e.localName) && !isSelfLink(e)) problems.push(`<${e.localName}>`);
        for (const a of e.getAttributeNames()) if (a.startsWith('on')) problems.push(`@${a}`);
      }
      if (doc.querySelectorAll('h2, h3').length !== 2) problems.push(`${doc.querySelectorAll('h2, h3').length} headings`);
      if (doc.querySelectorAll('li').length !== 1) problems.push(`${doc.querySelectorAll('li').length} items`);
      if (doc.querySelectorAll('strong').length !== 1) problems.push(`${doc.querySelectorAll('strong').length} strong`);
      // The text survives, four times (spacing aside; NUL and lone surrogates become U+FFFD). markdown-it
      // shows a linked address percent-decoded (`%41` as `A`), so those are compared in the safety checks only.
      const want = wellFormed(raw).replace(/\0/g, '\ufffd').replace(/\s/g, '');
      const shown = (doc.body.textContent ?? '').replace(/\s/g, '');
      // The task box is a checkbox in GFM and "[ ]" in plain CommonMark (and in marked when the item starts
      // with a space); a blank paragraph is left out of the document.
      const para = mdParagraph(raw).trim() ? want : '';
      const expected = ['', '[]'].map((box) => `Notes${want}${box}${want}${para}Note:${want}`);
      if (!(renderer === 'markdown-it' && raw.includes('%') && doc.querySelector('a')) && !expected.includes(shown)) problems.push(`shows ${JSON.stringify(shown.slice(0, 80))}`);
      if (problems.length) failures.push(`${JSON.stringify(raw.slice(0, 60))}: ${problems.join(', ')}`);
    }
    expect(failures, `${failures.length} strings:\n${failures.slice(0, 20).join('\n')}`).to.deep.equal([]);
  });
});

describe('a document in its language: the field colon', () => {
  it('French sets a no-break space before every field’s colon, never in user text, and the renderers still bold the label', () => {
    const hostile = 'a **b:** c and **x:** y';
    const md = mdDocument([mdHeading(1, 'Passation'), mdField('Poste', 'Analyste'), mdDocument([mdField('Échéance', '18 décembre')]), mdParagraph(hostile), mdField('Note', hostile)], '\u00a0:');
    expect(md).to.contain('**Poste\u00a0:** Analyste').and.contain('**Échéance\u00a0:** 18 décembre');
    expect(md).not.to.contain('\u00a0\u00a0'); // a nested document is set once
    expect(md).not.to.match(/[^\u00a0]:\*\* /); // ✗ old code: "**Poste:**"
    for (const [, render] of RENDERERS) {
      const doc = inert(render(md));
      expect([...doc.querySelectorAll('strong')].map((s) => s.textContent)).to.deep.equal(['Poste\u00a0:', 'Échéance\u00a0:', 'Note\u00a0:']);
      expect(doc.textContent).to.contain(hostile);
    }
    // English and every language without its own colon: unchanged.
    expect(mdDocument([mdField('Role', 'Analyst')])).to.equal('**Role:** Analyst\n');
  });
});
