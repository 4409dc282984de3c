import { expect } from '@open-wc/testing';
import { mailtoUrl, encodeMailtoText } from '../../src/core/formats/mailto.js';

describe('mailto (RFC 6068), checked with URL', () => {
  it('encodes spaces as %20 and every line break as %0D%0A', () => {
    const href = mailtoUrl({ to: 'ana@example.com', subject: 'Thank you & more', body: 'Hi Ana,\nthanks!\r\nBye\rX' });
    expect(href).not.to.contain('+');
    expect(href).to.contain('subject=Thank%20you%20%26%20more');
    expect(href).to.contain('Hi%20Ana%2C%0D%0Athanks!%0D%0ABye%0D%0AX');
    const url = new URL(href);
    expect(url.protocol).to.equal('mailto:');
    expect(url.pathname).to.equal('ana@example.com');
    const params = new URLSearchParams(url.search);
    expect(params.get('body')).to.equal('Hi Ana,\r\nthanks!\r\nBye\r\nX');
  });

  it('keeps header names fixed: user text cannot add a header', () => {
    const href = mailtoUrl({ to: 'a@b.co?bcc=evil@x.co', subject: 'x&bcc=evil@x.co', body: 'y\n&cc=evil@x.co' });
    const params = new URLSearchParams(new URL(href).search);
    expect([...params.keys()].sort()).to.deep.equal(['body', 'subject']);
    expect(params.get('subject')).to.equal('x&bcc=evil@x.co');
  });

  it('drops invalid addresses and joins several', () => {
    expect(mailtoUrl({ to: ['a@b.co', 'nope', 'c@d.co'] })).to.equal('mailto:a@b.co,c@d.co');
    expect(mailtoUrl({ to: 'javascript:alert(1)' })).to.equal('mailto:');
  });

  it('encodes emoji and RTL text as UTF-8', () => {
    expect(decodeURIComponent(encodeMailtoText('شكرا 😀'))).to.equal('شكرا 😀');
  });
});
