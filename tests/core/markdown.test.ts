import { expect } from '@open-wc/testing';
import { marked } from 'marked';
import { escapeMarkdown, mdDocument, mdHeading, mdItem, mdField, mdParagraph } from '../../src/core/formats/markdown.js';
import { injectedLinks } from '../helpers/harness.js';

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
];

function render(md: string): string {
  return marked.parse(md, { async: false, gfm: true }) as string;
}

/** A bare address or e-mail someone typed may show as a link to exactly itself (GFM autolinks); nothing else. */
function expectOnlySelfLinks(out: string): void {
  const div = document.createElement('div');
  div.innerHTML = out.replace(/<script/g, '');
  expect(injectedLinks(div)).to.deep.equal([]);
}

describe('Markdown escaping, checked with marked', () => {
  for (const input of HOSTILE) {
    it(`keeps ${JSON.stringify(input)} as text`, () => {
      const out = render(mdDocument([mdHeading(2, 'Notes'), mdItem(input, false), escapeMarkdown(input), mdField('Note', input)]));
      expectOnlySelfLinks(out);
      expect(out).not.to.match(/<img/);
      expect(out).not.to.match(/<script/);
      expect(out).not.to.match(/<h[1-6][^>]*>(?!Notes)/);
      expect(out.replace('<strong>Note:</strong>', '')).not.to.match(/<(table|blockquote|ol|code|pre|strong|em|del)[\s>]/);
      // the text itself survives
      const div = document.createElement('div');
      div.innerHTML = out.replace(/<script/g, '');
      // the exact text survives (whitespace aside: line breaks become <br>)
      const shown = (div.textContent ?? '').replace(/\s/g, '');
      expect(shown).to.contain(input.replace(/\s/g, ''));
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

  it('renders a task list with checked state', () => {
    const out = render(mdDocument([mdItem('done thing', true), mdItem('open thing', false)]));
    expect(out).to.contain('checked');
  });
});
