import { expect } from '@open-wc/testing';
import { safeUrl, safeWebUrl } from '../../src/core/url.js';

describe('URL guard', () => {
  const bad = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    '\tjava\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'VBSCRIPT:x',
    'file:///etc/passwd',
    '//evil.test',
    '/relative',
    'linkedin.com/in/x?x=javascript:alert(1)'.replace('linkedin.com', ''),
    '',
    null,
    42,
  ];
  for (const url of bad) {
    it(`rejects ${JSON.stringify(url)}`, () => {
      expect(safeUrl(url)).to.equal(undefined);
    });
  }

  it('accepts http, https and mailto', () => {
    expect(safeUrl('https://www.linkedin.com/in/ana')).to.equal('https://www.linkedin.com/in/ana');
    expect(safeUrl('http://example.com')).to.equal('http://example.com/');
    expect(safeUrl('mailto:ana@example.com')).to.equal('mailto:ana@example.com');
  });

  it('safeWebUrl allows only http(s) and completes a bare LinkedIn address', () => {
    expect(safeWebUrl('mailto:a@b.co')).to.equal(undefined);
    expect(safeWebUrl('linkedin.com/in/ana')).to.equal('https://linkedin.com/in/ana');
    expect(safeWebUrl('javascript:alert(1)')).to.equal(undefined);
  });
});
