import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { JSON_RESUME_SCHEMA, toJSONResume } from '../../src/core/formats/json-resume.js';
import type { ReflectionJournal, ReflectionValue } from '../../src/reflection-journal/reflection-journal.js';
import type { InternshipWrapUp } from '../../src/internship-wrap-up/internship-wrap-up.js';
import '../../src/reflection-journal/define.js';
import '../../src/feedback-questions/define.js';
import '../../src/internship-wrap-up/define.js';

/**
 * The parts of the JSON Resume schema v1.0.0 (jsonresume/resume-schema, schema.json) that this export
 * fills, as JSON Schema, and a small validator for the keywords used (type, pattern, items, properties).
 */
const iso8601 = { type: 'string', pattern: '^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$' };
const strings = { type: 'array', items: { type: 'string' } };
const SCHEMA = {
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    basics: { type: 'object', properties: { name: { type: 'string' }, label: { type: 'string' }, summary: { type: 'string' } } },
    work: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, position: { type: 'string' }, url: { type: 'string' }, startDate: iso8601, endDate: iso8601, summary: { type: 'string' }, highlights: strings },
      },
    },
    skills: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, level: { type: 'string' }, keywords: strings } } },
    references: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, reference: { type: 'string' } } } },
  },
};

type Schema = { type?: string; pattern?: string; items?: Schema; properties?: Record<string, Schema> };
function validate(value: unknown, schema: Schema, path = '$'): string[] {
  const errors: string[] = [];
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (schema.type && schema.type !== type) return [`${path}: expected ${schema.type}, got ${type}`];
  if (schema.pattern && !new RegExp(schema.pattern).test(value as string)) errors.push(`${path}: does not match ${schema.pattern}`);
  if (schema.items) (value as unknown[]).forEach((v, i) => errors.push(...validate(v, schema.items!, `${path}[${i}]`)));
  if (schema.properties) {
    for (const [k, v] of Object.entries(value as object)) {
      const child = schema.properties[k];
      // Our export writes only fields the schema names (the schema allows others; we don't need them).
      if (!child) errors.push(`${path}.${k}: not in the schema`);
      else errors.push(...validate(v, child, `${path}.${k}`));
    }
  }
  return errors;
}

const REFLECTION: ReflectionValue = {
  framework: 'seed',
  summary: 'Built the returns dashboard the operations team now uses daily.',
  entries: [],
  skills: [{ name: 'SQL', before: 2, after: 4 }, { name: 'Stakeholder interviews' }, { name: '  ' }],
  bullets: ['Cut weekly reporting time by 60% by automating the returns dashboard', '  '],
};
const FEEDBACK = { selected: [], actions: [], response: { from: 'Jordan Alvarez', quote: 'Maya is thorough and quick.', reference: true } };
const PROFILE = { internName: 'Maya Chen', company: 'Northwind', role: 'Data analyst intern', startDate: '2026-09-07', endDate: '2026-12-18' };

describe('toJSONResume()', () => {
  it('writes the internship as a work entry, skills and an agreed reference, valid against the schema', () => {
    const resume = toJSONResume({ profile: PROFILE, reflection: REFLECTION, feedback: FEEDBACK });
    expect(validate(resume, SCHEMA)).to.deep.equal([]);
    expect(resume).to.deep.equal({
      $schema: JSON_RESUME_SCHEMA,
      basics: { name: 'Maya Chen', label: 'Data analyst intern' },
      work: [
        {
          name: 'Northwind',
          position: 'Data analyst intern',
          startDate: '2026-09-07',
          endDate: '2026-12-18',
          summary: 'Built the returns dashboard the operations team now uses daily.',
          highlights: ['Cut weekly reporting time by 60% by automating the returns dashboard'],
        },
      ],
      skills: [{ name: 'SQL', level: '4/5' }, { name: 'Stakeholder interviews' }],
      references: [{ name: 'Jordan Alvarez', reference: 'Maya is thorough and quick.' }],
    });
  });

  it('a signed reference carries its verification (issuer, date, URL); a pasted one counts only once she confirmed it (#31)', () => {
    const verified = { issuer: 'Jobs Example', at: '2026-12-07T10:00:00.000Z', url: 'https://jobs.example/v1/responses/verified/abc', kid: 'k', attestation: '{}', signature: 's' };
    const signed = toJSONResume({ profile: PROFILE, feedback: { response: { from: 'Jordan Alvarez', quote: 'Thorough.', reference: true, verified } } });
    expect(signed.references).to.deep.equal([{ name: 'Jordan Alvarez', reference: 'Thorough.', verification: { issuer: 'Jobs Example', date: '2026-12-07T10:00:00.000Z', url: 'https://jobs.example/v1/responses/verified/abc' } }]);
    expect(toJSONResume({ profile: PROFILE, feedback: { response: { from: 'Jordan', reference: true, pasted: true } } })).not.to.have.property('references');
    expect(toJSONResume({ profile: PROFILE, feedback: { response: { from: 'Jordan', reference: true, pasted: true, confirmed: true } } }).references).to.deep.equal([{ name: 'Jordan' }]);
  });

  it('lists no reference until the supervisor agreed, and survives bad stored data', () => {
    const declined = toJSONResume({ profile: PROFILE, reflection: REFLECTION, feedback: { response: { from: 'Jordan', reference: false, quote: 'x' } } });
    expect(declined).not.to.have.property('references');
    const junk = toJSONResume({ profile: { startDate: 'soon' }, reflection: { skills: 'x', bullets: [1, null, 'Shipped it'] }, feedback: 42 });
    expect(validate(junk, SCHEMA)).to.deep.equal([]);
    expect(junk).to.deep.equal({ $schema: JSON_RESUME_SCHEMA, work: [{ highlights: ['Shipped it'] }] });
  });
});

describe('JSON Resume download in the journal and the kit', () => {
  it('<reflection-journal> offers it beside the other downloads and fills it from its own data', async () => {
    const el = await fixture<ReflectionJournal>(html`<reflection-journal storage="none" intern-name="Maya Chen" company="Northwind" intern-role="Data analyst intern"></reflection-journal>`);
    el.value = REFLECTION;
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toolbar"] button.json-resume')!;
    expect(button.textContent).to.equal('Download JSON Resume');
    const exported = oneEvent(el, 'sf-export');
    button.click();
    expect((await exported).detail).to.deep.equal({ format: 'json', tag: 'reflection-journal' });
    const resume = el.toJSONResume();
    expect(validate(resume, SCHEMA)).to.deep.equal([]);
    expect(resume.work[0].highlights).to.deep.equal(['Cut weekly reporting time by 60% by automating the returns dashboard']);
    expect(resume).not.to.have.property('references');
  });

  it('<internship-wrap-up> puts the supervisor’s agreed reference and quote in it', async () => {
    const el = await fixture<InternshipWrapUp>(
      html`<internship-wrap-up storage="none" intern-name="Maya Chen" company="Northwind" intern-role="Data analyst intern" start-date="2026-09-07" end-date="2026-12-18"></internship-wrap-up>`,
    );
    el.value = { ...el.value, reflection: REFLECTION, feedback: FEEDBACK };
    await el.updateComplete;
    const resume = el.toJSONResume();
    expect(validate(resume, SCHEMA)).to.deep.equal([]);
    expect(resume.references).to.deep.equal([{ name: 'Jordan Alvarez', reference: 'Maya is thorough and quick.' }]);
    expect(resume.work[0]).to.include({ name: 'Northwind', startDate: '2026-09-07', endDate: '2026-12-18' });
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => b.classList.contains('json-resume'))!;
    expect(button.textContent).to.equal('Download JSON Resume');
  });
});
