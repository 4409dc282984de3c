/**
 * What travels between the intern and the supervisor without accounts: the agenda in a link's fragment
 * (the part after `#`, which browsers never send to a server) and the answers back in a pasted block.
 * Both are packets (./packet.ts): versioned and checksummed. Everything read here is untrusted: it is
 * checked field by field with the core schema and only ever shown as text.
 */
import { list, obj, parseWith, text, bool, isoDate, type Rule } from '../schema.js';
import { decodePacket, encodePacket, packetBlock, PacketError, readPacketBlock } from './packet.js';
import { isEmail } from './mailto.js';

/** What the supervisor's page needs: the intern's name, her e-mail to reply to, and the questions. Nothing else leaves the kit. */
export interface FeedbackAgenda {
  /** The intern's name, as they sign. */
  name: string;
  /** The intern's own e-mail: where the supervisor's page sends the answers ("Send to Maya"). */
  email?: string;
  questions: { id: string; text: string }[];
}

/** The supervisor's answers. */
export interface SupervisorResponse {
  /** The intern's name, from the agenda. */
  to: string;
  /** The supervisor's name, as they typed it. */
  from: string;
  /** Each question (id and text, so an answer finds its question even if the agenda changed) with its answer. */
  answers: { id: string; text: string; answer: string }[];
  /** A short recommendation the intern may quote. */
  quote?: string;
  /** Whether they would be a reference; absent when they didn't say. */
  reference?: boolean;
  /** `YYYY-MM-DD`, the day it was written. */
  date?: string;
}

/** The fragment key of the agenda: `https://board.example/respond#sf-agenda=1.….…`. */
export const AGENDA_PARAM = 'sf-agenda';
/**
 * The longest agenda packet put in a link, in characters. Links in e-mails past a few thousand
 * characters get cut by some mail apps (and a cut link is refused, not misread); six questions take
 * about 1,000, the 40-question maximum of typical length about 5,000.
 */
export const AGENDA_MAX = 6000;
export const AGENDA_MAX_QUESTIONS = 40;

const NAME = 300;
const QUESTION = 2000;
const ANSWER = 20_000;
const QUOTE = 2000;

const agendaRule = obj({ k: text(20), n: text(NAME), q: list(obj({ i: text(200), t: text(QUESTION) }), AGENDA_MAX_QUESTIONS) }, { e: text(NAME) });
const responseRule = obj(
  { k: text(20), to: text(NAME), from: text(NAME), a: list(obj({ i: text(200), t: text(QUESTION), a: text(ANSWER) }), AGENDA_MAX_QUESTIONS) },
  { quote: text(QUOTE), ref: bool(), d: isoDate() },
);

/** Cleans untrusted JSON with a rule; refuses anything that lost a field or isn't of `kind`. */
function strict<T extends { k: string }>(rule: Rule<T>, data: unknown, kind: string): T {
  const { value, issues } = parseWith(rule as Rule<T | undefined>, data, () => undefined);
  if (!value || value.k !== kind || issues.length) throw new PacketError('invalid', `not a ${kind}${issues.length ? `: ${issues.slice(0, 3).join('; ')}` : ''}`);
  return value;
}

/** The agenda as a packet (for a link's fragment), or undefined when it is longer than {@link AGENDA_MAX}. */
export function encodeAgenda(agenda: FeedbackAgenda): string | undefined {
  const token = encodePacket({
    k: 'agenda',
    n: agenda.name,
    // Only an address (anything else would be a mail header's worth of text for nothing).
    ...(agenda.email && isEmail(agenda.email) ? { e: agenda.email.trim() } : {}),
    q: agenda.questions.slice(0, AGENDA_MAX_QUESTIONS).map((q) => ({ i: q.id, t: q.text })),
  });
  return token.length > AGENDA_MAX ? undefined : token;
}

/** `base` with the agenda in its fragment (replacing any fragment), or undefined when too long. */
export function agendaLink(base: string, agenda: FeedbackAgenda): string | undefined {
  const token = encodeAgenda(agenda);
  if (!token) return undefined;
  const url = new URL(base);
  url.hash = `${AGENDA_PARAM}=${token}`;
  return url.href;
}

/** Reads the agenda from a URL, a fragment (`#sf-agenda=…`) or a bare packet. Throws {@link PacketError}. */
export function readAgenda(source: string): FeedbackAgenda {
  const at = source.indexOf(`${AGENDA_PARAM}=`);
  const token = at >= 0 ? source.slice(at + AGENDA_PARAM.length + 1).split('&')[0] : /^\s*\d+\./.test(source) ? source : '';
  if (token.length > AGENDA_MAX) throw new PacketError('too-long', 'agenda longer than a link carries');
  const v = strict(agendaRule, decodePacket(token), 'agenda');
  return { name: v.n, ...(v.e && isEmail(v.e) ? { email: v.e.trim() } : {}), questions: v.q.map((q) => ({ id: q.i, text: q.t })) };
}

/** The response as a pasteable block (see ./packet.ts). */
export function responseBlock(r: SupervisorResponse): string {
  return packetBlock({
    k: 'response',
    to: r.to,
    from: r.from,
    a: r.answers.map((a) => ({ i: a.id, t: a.text, a: a.answer })),
    quote: r.quote || undefined,
    ref: r.reference,
    d: r.date,
  });
}

/** Finds and reads a response block in pasted text (a whole e-mail is fine). Throws {@link PacketError}. */
export function readResponse(pasted: string): SupervisorResponse {
  const v = strict(responseRule, readPacketBlock(pasted), 'response');
  const r: SupervisorResponse = { to: v.to, from: v.from, answers: v.a.map((a) => ({ id: a.i, text: a.t, answer: a.a })) };
  if (v.quote) r.quote = v.quote;
  if (v.ref !== undefined) r.reference = v.ref;
  if (v.d) r.date = v.d;
  return r;
}
