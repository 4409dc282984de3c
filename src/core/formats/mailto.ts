import { toWellFormed } from './content-line.js';

export interface MailtoMessage {
  to?: string | readonly string[];
  cc?: string | readonly string[];
  subject?: string;
  body?: string;
}

const ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>"]+$/;

/** Percent-encodes for RFC 6068: spaces as %20 (never +), every line break as %0D%0A. */
export function encodeMailtoText(text: string): string {
  return encodeURIComponent(toWellFormed(text).replace(/\r\n|\r|\n/g, '\r\n'));
}

/** RFC 6068 lets "@" stand unencoded in an address; everything else risky is encoded. */
function encodeAddress(address: string): string {
  return encodeURIComponent(address).replace(/%40/g, '@');
}

function addresses(list: string | readonly string[] | undefined): string[] {
  const all = typeof list === 'string' ? list.split(/[,;]/) : (list ?? []);
  return all.map((a) => a.trim()).filter((a) => ADDRESS.test(a));
}

/**
 * A `mailto:` URL (RFC 6068). Header names are fixed (subject, body, cc): user text only ever becomes
 * an encoded value, so it can't add a header such as bcc. Invalid addresses are left out.
 */
export function mailtoUrl(message: MailtoMessage): string {
  const to = addresses(message.to).map(encodeAddress).join(',');
  const fields: string[] = [];
  const cc = addresses(message.cc);
  if (cc.length) fields.push(`cc=${cc.map(encodeAddress).join(',')}`);
  if (message.subject) fields.push(`subject=${encodeMailtoText(message.subject)}`);
  if (message.body) fields.push(`body=${encodeMailtoText(message.body)}`);
  return `mailto:${to}${fields.length ? `?${fields.join('&')}` : ''}`;
}

/** Whether a string looks like one e-mail address (for form hints, not validation of delivery). */
export function isEmail(text: string): boolean {
  return ADDRESS.test(text.trim());
}
