import { safeUrl } from '../url.js';
import { escapeComponent, escapeVCardText as escapeText, joinLines } from './content-line.js';

export interface VCardContact {
  uid?: string;
  name: string;
  email?: string;
  title?: string;
  /** Organization, or organization then unit(s): `['Northwind', 'Data team']` → `ORG:Northwind;Data team`. */
  org?: string | readonly string[];
  url?: string;
  note?: string;
  categories?: readonly string[];
}

const component = escapeComponent;

/** Splits a display name into family and given names for N (best effort: last word is the family name). */
function nameParts(full: string): [family: string, given: string] {
  const words = full.trim().split(/\s+/);
  if (words.length < 2) return [full.trim(), ''];
  return [words[words.length - 1], words.slice(0, -1).join(' ')];
}

/** One vCard 4.0 (RFC 6350). Only http(s) URLs are written; an e-mail must look like one. */
export function toVCardEntry(contact: VCardContact): string[] {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0'];
  const name = contact.name.trim() || contact.email?.trim() || '?';
  lines.push(`FN:${escapeText(name)}`);
  const [family, given] = nameParts(name);
  lines.push(`N:${component(family)};${component(given)};;;`);
  if (contact.uid) lines.push(`UID:urn:uuid:${uuidFrom(contact.uid)}`);
  const email = contact.email?.trim();
  if (email && /^[^\s@]+@[^\s@]+$/.test(email)) lines.push(`EMAIL;TYPE=work:${escapeText(email)}`);
  if (contact.title) lines.push(`TITLE:${escapeText(contact.title)}`);
  const org = typeof contact.org === 'string' ? [contact.org] : [...(contact.org ?? [])];
  while (org.length && !org[org.length - 1].trim()) org.pop();
  if (org.length) lines.push(`ORG:${org.map(component).join(';')}`);
  const url = safeUrl(contact.url, ['http:', 'https:']);
  if (url) lines.push(`URL:${url}`);
  if (contact.categories?.length) {
    lines.push(`CATEGORIES:${contact.categories.map(component).join(',')}`);
  }
  if (contact.note) lines.push(`NOTE:${escapeText(contact.note)}`);
  lines.push('END:VCARD');
  return lines;
}

/** Several contacts in one .vcf file. */
export function toVCard(contacts: readonly VCardContact[]): string {
  if (!contacts.length) return '';
  return joinLines(contacts.flatMap(toVCardEntry));
}

/** A stable UUID-shaped string derived from any id (FNV-1a), so re-exports update rather than duplicate. */
export function uuidFrom(id: string): string {
  let hex = '';
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < id.length; i++) {
      h ^= id.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
