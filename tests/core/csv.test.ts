import { expect } from '@open-wc/testing';
import type PapaType from 'papaparse';
import { loadPapa } from '../helpers/papa.js';

let Papa: typeof PapaType;
before(async () => {
  Papa = await loadPapa();
});
import { toCSV, parseCSV, csvCell } from '../../src/core/formats/csv.js';

describe('CSV (RFC 4180) with the formula-injection guard, checked with papaparse', () => {
  it('quotes commas, quotes and line breaks; uses CRLF', () => {
    const rows = [['name', 'note'], ['Ana, PhD', 'said "hi"\nthen left']];
    const text = toCSV(rows);
    expect(text).to.equal('name,note\r\n"Ana, PhD","said ""hi""\nthen left"\r\n');
    const parsed = Papa.parse<string[]>(text.trim(), { newline: '\r\n' });
    expect(parsed.errors).to.deep.equal([]);
    expect(parsed.data).to.deep.equal(rows);
  });

  it('guards cells that a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx']) {
      expect(csvCell(bad).replace(/^"/, '').startsWith("'")).to.equal(true, bad);
    }
    const parsed = Papa.parse<string[]>(toCSV([['=HYPERLINK("http://x","y")']]).trim());
    expect(parsed.data[0][0]).to.equal(`'=HYPERLINK("http://x","y")`);
  });

  it('round-trips through its own parser exactly, guard included', () => {
    const rows = [['a', '=b', "'=c", '-', 'x\r\ny', ' lead', 'trail ', 'q"q', '😀 ق']];
    const { rows: back, errors } = parseCSV(toCSV(rows));
    expect(errors).to.deep.equal([]);
    expect(back).to.deep.equal(rows);
  });

  it('reads LF files, semicolon files and a BOM, and reports an unterminated quote', () => {
    expect(parseCSV('\ufeffa;b\n1;2\n').rows).to.deep.equal([['a', 'b'], ['1', '2']]);
    const broken = parseCSV('a,b\r\n"1,2\r\n');
    expect(broken.errors).to.have.length(1);
    expect(broken.errors[0].line).to.equal(2);
  });
});
