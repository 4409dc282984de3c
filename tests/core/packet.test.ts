import { expect } from '@open-wc/testing';
import { crc32, decodePacket, encodePacket, packetBlock, PacketError, readPacketBlock } from '../../src/core/formats/packet.js';
import { AGENDA_MAX, agendaLink, encodeAgenda, readAgenda, readResponse, responseBlock, type SupervisorResponse } from '../../src/core/formats/feedback-link.js';
import { allStrings } from '../reliability/strings.js';

const problem = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(PacketError);
    return (e as PacketError).problem;
  }
  throw new Error('expected a PacketError');
};

const RESPONSE: SupervisorResponse = {
  to: 'Maya Chen',
  from: 'Jordan Alvarez',
  answers: [
    { id: 'perf-overall', text: 'Overall, how would you describe my work?', answer: 'Careful and quick.\nShare drafts earlier.' },
    { id: 'own-1', text: '¿Algo más?', answer: 'مرحبا 😀' },
  ],
  quote: 'Maya shipped the pricing page redesign on time.',
  reference: true,
  date: '2026-12-10',
};

describe('packets (the response block codec)', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).to.equal('cbf43926');
  });

  it('round-trips every hostile string exactly, as ASCII only', async () => {
    const strings = await allStrings();
    expect(strings.length).to.be.greaterThan(500);
    for (const s of strings) {
      const token = encodePacket({ s });
      expect(/^[\x21-\x7e]+$/.test(token), `ASCII for ${JSON.stringify(s).slice(0, 40)}`).to.equal(true);
      expect((decodePacket(token) as { s: string }).s).to.equal(s);
    }
    // All of them in one response block, pasted back from an e-mail.
    const r: SupervisorResponse = { to: strings[1], from: strings[2], answers: strings.map((s, i) => ({ id: `q${i % 40}`, text: s.slice(0, 2000), answer: s })).slice(0, 40) };
    for (let i = 0; i < strings.length; i += 40) {
      const chunk = { ...r, answers: strings.slice(i, i + 40).map((s, j) => ({ id: `q${j}`, text: s.slice(0, 2000), answer: s })) };
      expect(readResponse(`Thanks!\n\n${responseBlock(chunk)}\n`)).to.deep.equal(chunk);
    }
  });

  it('reads a block from a whole e-mail, a quoted reply and reflowed whitespace', () => {
    const block = responseBlock(RESPONSE);
    expect(block.split('\n').every((l) => l.length <= 64 || l.startsWith('-----'))).to.equal(true);
    expect(readResponse(`Hi Maya,\n\nMy answers are below.\n\n${block}\n\n-- \nJordan`)).to.deep.equal(RESPONSE);
    const quoted = block.split('\n').map((l) => `> ${l}`).join('\r\n');
    expect(readResponse(`On Tue, Jordan wrote:\r\n${quoted}`)).to.deep.equal(RESPONSE);
    expect(readResponse(block.replace(/\n/g, '\n   \t'))).to.deep.equal(RESPONSE);
  });

  it('rejects a tampered, truncated, missing or foreign block with a reason', () => {
    const block = responseBlock(RESPONSE);
    const lines = block.split('\n');
    expect(problem(() => readResponse('Hi Maya, see you soon!'))).to.equal('missing');
    expect(problem(() => readResponse(lines.slice(0, -1).join('\n')))).to.equal('truncated');
    expect(problem(() => readResponse([...lines.slice(0, 2), lines.at(-1)].join('\n')))).to.equal('truncated');
    // A middle line dropped, or one character changed: the checksum no longer matches.
    expect(problem(() => readResponse([lines[0], lines[1], ...lines.slice(3)].join('\n')))).to.equal('tampered');
    const flipped = lines[2][10] === 'A' ? 'B' : 'A';
    expect(problem(() => readResponse([lines[0], lines[1], lines[2].slice(0, 10) + flipped + lines[2].slice(11), ...lines.slice(3)].join('\n')))).to.equal('tampered');
    // A valid packet of something else, and a newer version.
    expect(problem(() => readResponse(packetBlock({ k: 'agenda', n: 'x', q: [] })))).to.equal('invalid');
    expect(problem(() => readResponse(packetBlock({ k: 'response', to: 1, from: 'x', a: [] })))).to.equal('invalid');
    expect(problem(() => decodePacket(`2${encodePacket({}).slice(1)}`))).to.equal('version');
    expect(problem(() => readPacketBlock('-----BEGIN STRONG FINISH RESPONSE-----\n-----END STRONG FINISH RESPONSE-----'))).to.equal('missing');
  });

  it('puts the agenda (name and questions only) in a link fragment, size-limited', () => {
    const agenda = { name: 'Maya Chen', questions: [{ id: 'perf-overall', text: 'How did I do?' }, { id: 'own-1', text: '<img src=x onerror=alert(1)> & "x"' }] };
    const link = agendaLink('https://jobs.example/respond?lang=es#old', agenda)!;
    const url = new URL(link);
    expect(url.origin + url.pathname + url.search).to.equal('https://jobs.example/respond?lang=es');
    expect(url.hash).to.match(/^#sf-agenda=1\.[\w-]+\.[0-9a-f]{8}$/);
    expect(readAgenda(link)).to.deep.equal(agenda);
    expect(readAgenda(url.hash)).to.deep.equal(agenda);
    // Only what the agenda says travels: nothing else about the intern.
    expect(Object.keys(decodePacket(url.hash.slice('#sf-agenda='.length)) as object)).to.deep.equal(['k', 'n', 'q']);
    const long = { name: 'M', questions: Array.from({ length: 40 }, (_, i) => ({ id: `q${i}`, text: 'x'.repeat(200) })) };
    expect(encodeAgenda(long)).to.equal(undefined);
    expect(agendaLink('https://jobs.example/r', long)).to.equal(undefined);
    expect(encodeAgenda({ name: 'M', questions: long.questions.slice(0, 6) })!.length).to.be.below(AGENDA_MAX);
    expect(problem(() => readAgenda(link.slice(0, -3)))).to.equal('truncated');
    expect(problem(() => readAgenda('https://jobs.example/respond'))).to.equal('missing');
  });
});
