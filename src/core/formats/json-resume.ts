/**
 * JSON Resume (jsonresume.org, schema v1.0.0): the internship as résumé data other tools read
 * (résumé builders, themes, ATS importers). Pure: the journal and the wrap-up call it with their data.
 */

export const JSON_RESUME_SCHEMA = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

export interface JsonResume {
  $schema: string;
  basics?: { name?: string; label?: string; summary?: string };
  work: { name?: string; position?: string; startDate?: string; endDate?: string; summary?: string; highlights?: string[] }[];
  skills?: { name: string; level?: string }[];
  references?: { name: string; reference?: string; verification?: { issuer: string; date: string; url: string } }[];
}

/** What the kit knows, each part optional and untrusted (it comes from stored values). */
export interface ResumeSource {
  profile: { internName?: string; company?: string; role?: string; startDate?: string; endDate?: string };
  /** A `<reflection-journal>` value: `summary`, `bullets`, `skills` (`{ name, after? }`). */
  reflection?: unknown;
  /** A `<feedback-questions>` value: its `response` says who agreed to be a reference, with their quote. */
  feedback?: unknown;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const date = (v: unknown): string | undefined => (typeof v === 'string' && /^[1-2]\d{3}-[0-1]\d-[0-3]\d$/.test(v) ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const prop = (o: unknown, k: string): unknown => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined);

/** Leaves out empty fields, as JSON Resume themes expect. */
function compact<T extends object>(o: T): T {
  for (const [k, v] of Object.entries(o)) if (v === undefined || v === '' || (Array.isArray(v) && !v.length)) delete (o as Record<string, unknown>)[k];
  return o;
}

/**
 * The internship as a JSON Resume: one `work` entry (company, role, dates, the one-sentence summary,
 * the résumé bullets as `highlights`), the rated and named skills as `skills` (level "4/5" from the
 * confidence now), and the supervisor as a reference, with their quote, once they agreed (a pasted
 * answer once she confirmed it). A reference signed by the board's server carries `verification`
 * (`{ issuer, date, url }`, an extension field: the URL answers with the signed attestation).
 */
export function toJSONResume(source: ResumeSource): JsonResume {
  const { profile, reflection, feedback } = source;
  const skills = arr(prop(reflection, 'skills'))
    .map((s) => {
      const after = prop(s, 'after');
      return compact({ name: str(prop(s, 'name')), level: typeof after === 'number' && after >= 1 && after <= 5 ? `${after}/5` : undefined });
    })
    .filter((s) => s.name);
  const response = prop(feedback, 'response');
  // A pasted response (anyone can make one) counts once she confirmed it; a signed one carries where to check it.
  const unconfirmed = prop(response, 'pasted') === true && prop(response, 'confirmed') !== true;
  const v = prop(response, 'verified');
  const verification = str(prop(v, 'issuer')) && /^https?:\/\//.test(str(prop(v, 'url'))) ? { issuer: str(prop(v, 'issuer')), date: str(prop(v, 'at')), url: str(prop(v, 'url')) } : undefined;
  const references =
    prop(response, 'reference') === true && str(prop(response, 'from')) && !unconfirmed ? [compact({ name: str(prop(response, 'from')), reference: str(prop(response, 'quote')), verification })] : [];
  return compact({
    $schema: JSON_RESUME_SCHEMA,
    basics: profile.internName ? compact({ name: profile.internName.trim(), label: str(profile.role) }) : undefined,
    work: [
      compact({
        name: str(profile.company),
        position: str(profile.role),
        startDate: date(profile.startDate),
        endDate: date(profile.endDate),
        summary: str(prop(reflection, 'summary')),
        highlights: arr(prop(reflection, 'bullets')).map(str).filter(Boolean),
      }),
    ],
    skills,
    references,
  });
}
