import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { toVCard, uuidFrom } from '../../src/core/formats/vcard.js';

function parseCards(text: string) {
  const parsed = ICAL.parse(text);
  const list = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  return list.map((jcal) => new ICAL.Component(jcal as never));
}

describe('vCard 4.0 writer (RFC 6350), checked with ical.js', () => {
  it('writes FN, N, EMAIL, ORG, TITLE, URL, NOTE, CATEGORIES', () => {
    const text = toVCard([
      { uid: 'c1', name: 'Ana María López', email: 'ana@example.com', title: 'Design lead', org: 'Acme, Inc.', url: 'https://www.linkedin.com/in/ana', note: 'Met at demo day; likes tea', categories: ['mentor', 'design'] },
    ]);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).to.be.true;
    const [card] = parseCards(text);
    expect(card.getFirstPropertyValue('fn')).to.equal('Ana María López');
    expect(card.getFirstPropertyValue('email')).to.equal('ana@example.com');
    expect(card.getFirstPropertyValue('title')).to.equal('Design lead');
    expect(card.getFirstPropertyValue('url')).to.equal('https://www.linkedin.com/in/ana');
    expect(card.getFirstPropertyValue('note')).to.equal('Met at demo day; likes tea');
    expect(card.getFirstProperty('categories')!.getValues()).to.deep.equal(['mentor', 'design']);
    expect(String(card.getFirstPropertyValue('uid'))).to.equal(`urn:uuid:${uuidFrom('c1')}`);
  });

  it('writes several cards and round-trips newlines and odd characters', () => {
    const note = 'Line 1\r\nLine 2\rLine 3 😀 «ق» <script>';
    const text = toVCard([{ name: 'A B', note }, { name: 'C' }]);
    const cards = parseCards(text);
    expect(cards).to.have.length(2);
    expect(cards[0].getFirstPropertyValue('note')).to.equal('Line 1\nLine 2\nLine 3 😀 «ق» <script>');
  });

  it('never writes a javascript: URL or a malformed e-mail', () => {
    const text = toVCard([{ name: 'X', url: 'javascript:alert(1)', email: 'not an email' }]);
    expect(text).not.to.contain('URL');
    expect(text).not.to.contain('EMAIL');
  });

  it('derives a stable UUID', () => {
    expect(uuidFrom('abc')).to.equal(uuidFrom('abc'));
    expect(uuidFrom('abc')).not.to.equal(uuidFrom('abd'));
    expect(uuidFrom('abc')).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('vCard ORG with a unit', () => {
  it('writes company and team as ORG components', () => {
    const text = toVCard([{ name: 'A B', org: ['Northwind, Inc.', 'Data; Analytics'] }]);
    const [card] = parseCards(text);
    expect(card.getFirstProperty('org')!.getValues()[0]).to.deep.equal(['Northwind, Inc.', 'Data; Analytics']);
  });
});
