// A language the kit doesn't ship, added by a host with a partial catalogue (issue #30): here French on a
// page that never imported the shipped one (an npm page without 'strong-finish/translations/fr.js'), for
// a Canadian programme (`lang="fr-CA"`), and Brazilian Portuguese. What shows, what is counted, what the
// host is told.
import { expect } from '@open-wc/testing';
import '../../src/internship-wrap-up/define.js';
import '../../src/thank-you-composer/define.js';
import { LocaleController, pluralCategories, registerTranslations } from '../../src/core/i18n.js';
import { missingTranslations } from '../../src/core/missing-translations.js';
import type { ThankYouComposer, ThanksPerson } from '../../src/thank-you-composer/thank-you-composer.js';
import { captureWarnings, container, settle } from '../helpers/test-element.js';

type Kit = HTMLElement & { updateComplete: Promise<boolean> };

/** What a career centre's translator has done so far: a few dozen strings, not the ~930. */
const PARTIAL_FRENCH = {
  'wrapup.title': 'Votre fin de stage',
  'wrapup.overview': 'Votre avancement',
  'wrapup.doneOf': 'Avancement\u00a0: {done} sur {total}',
  'wrapup.contactCount.one': '{n} contact',
  'wrapup.contactCount.other': '{n} contacts',
  'wrapup.daysLeft.other': '{n} jours restants',
  // The warm salutation (the address model's, #32).
  'address.familiar': 'Bonjour {first},',
};

/** A translator for `lang`, as an element holds one. */
function words(lang: string): LocaleController {
  const c = new LocaleController({ addController() {}, requestUpdate() {} } as never, () => lang);
  c.hostConnected();
  return c;
}

async function mount<E extends Kit>(tag: string, lang: string, attrs: Record<string, string> = {}): Promise<E> {
  const wrapper = container();
  wrapper.lang = lang;
  const el = document.createElement(tag) as E;
  for (const [k, v] of Object.entries({ storage: 'none', ...attrs })) el.setAttribute(k, v);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const text = (el: Kit, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/[ \t\r\n]+/g, ' ').trim() ?? '';

describe('a language a host adds with a partial catalogue', function () {
  this.timeout(30000);
  let warnings: string[] = [];
  let kit: Kit;

  before(async () => {
    registerTranslations('fr', PARTIAL_FRENCH);
    // Everything the page shows in its first seconds, with the console watched: the kit, then a second
    // render of it, then a thank-you composer.
    warnings = await captureWarnings(async () => {
      kit = await mount<Kit>('internship-wrap-up', 'fr-CA', { 'end-date': '2026-12-18' });
      await settle(300);
      kit.setAttribute('company', 'Northwind');
      await kit.updateComplete;
      await mount<Kit>('thank-you-composer', 'fr-CA');
      await settle(1500); // the report waits a second so that what renders around the first gap is in it
    });
  });

  after(() => document.querySelectorAll('[lang]').forEach((n) => n !== document.documentElement && n.remove()));

  it('shows the host’s strings through the region (fr-CA takes fr), and counts in French categories: 0 is singular', () => {
    expect(text(kit, 'h2')).to.equal('Votre fin de stage');
    // French puts 0 in "one": "0 contact" from the host's own forms.
    expect(text(kit, '#sum-contacts')).to.equal('0 contact');
    // A translated sentence is French all through, its numbers included: no "done", no "of".
    expect(text(kit, '#sum-checklist')).to.match(/^Avancement\u00a0: \d+ sur \d+$/);
  });

  it('reports what is missing once, in one console line naming the language and the count (✗ old code: nothing)', () => {
    const lines = warnings.filter((w) => w.includes('translation'));
    expect(lines, warnings.join('\n')).to.have.length(1);
    expect(lines[0]).to.match(/"fr-CA" lacks \d+ translation\(s\), shown in English: /);
    expect(lines[0]).to.contain("missingTranslations('fr-CA')");
    const count = Number(/lacks (\d+)/.exec(lines[0])![1]);
    expect(count).to.be.above(20); // the kit's overview, steps and checklist: many ids, one line
  });

  it('missingTranslations() lists the ids shown in English so far, and with the English template every id the language lacks', async () => {
    const shown = missingTranslations('fr-CA');
    expect(shown).to.include('wrapup.steps').and.include('wrapup.step.checklist');
    expect(shown).not.to.include('wrapup.title');
    expect(shown).to.deep.equal([...shown].sort());
    expect(missingTranslations('fr')).to.deep.equal(shown); // the language's ids cover its regions'
    // The template hosts start from: built from the source with the package (`npm run build`).
    const { default: en } = (await import(/* @vite-ignore */ `${location.origin}/dist/translations/en.js`)) as { default: Record<string, string> };
    const all = missingTranslations('fr-CA', en);
    // Every id of the kit but the host's (counted ones in French's categories: one and other).
    expect(all).to.include('checklist.title').and.include('wrapup.daysLeft.one');
    expect(all).not.to.include('wrapup.daysLeft.other');
    expect(all).not.to.include('wrapup.title');
    expect(all).not.to.include('wrapup.contactCount.one');
    expect(all.length).to.equal(Object.keys(en).length - Object.keys(PARTIAL_FRENCH).length);
  });

  it('a further render in the same language adds no console line', async () => {
    const more = await captureWarnings(async () => {
      kit.setAttribute('company', 'Acme');
      await kit.updateComplete;
      await settle(1300);
    });
    expect(more.filter((w) => w.includes('translation'))).to.deep.equal([]);
  });

  it('greets “M. Jean Martin” as Jean: the French titles are known (✗ old code: “Bonjour M.,”)', async () => {
    const el = document.querySelector<ThankYouComposer>('thank-you-composer')!;
    const person: ThanksPerson = { id: 'p', name: 'M. Jean Martin', relationship: 'supervisor', specifics: {}, tone: 'warm', channel: 'email', draft: '', status: 'todo' };
    expect(el.generate(person).split('\n')[0]).to.equal('Bonjour Jean,');
    expect(el.generate({ ...person, name: 'Mme Claire Dubois' }).split('\n')[0]).to.equal('Bonjour Claire,');
  });
});

describe('counts in a host-added language', () => {
  it('take the language’s CLDR categories, then its own “other”, English only last and by English rules', async () => {
    registerTranslations('pt', { 'x.files.one': '{n} arquivo', 'x.files.other': '{n} arquivos', 'x.rows.other': '{n} linhas' });
    const pt = words('pt-BR');
    const files = (n: number) => pt.plural(n, 'x.files', { one: '{n} file', other: '{n} files' });
    // Portuguese, like French, puts 0 in "one".
    expect([files(0), files(1), files(2)]).to.deep.equal(['0 arquivo', '1 arquivo', '2 arquivos']);
    // Only "other" given: the language's own words rather than English mixed in, and the gap is recorded.
    expect(pt.plural(1, 'x.rows', { one: '{n} row', other: '{n} rows' })).to.equal('1 linhas');
    // Nothing given: English, picked by English's rules (✗ old code: "0 minute", French/Portuguese "one" on English words).
    const none = (n: number) => pt.plural(n, 'x.minutes', { one: '{n} minute', other: '{n} minutes' });
    expect([none(0), none(1), none(2)]).to.deep.equal(['0 minutes', '1 minute', '2 minutes']);
    expect(missingTranslations('pt-BR')).to.include.members(['x.rows.one', 'x.minutes.one', 'x.minutes.other']);
    expect(missingTranslations('pt-BR')).not.to.include('x.files.one');
  });

  it('the categories a catalogue gives: those whole counts select (French one/other, Arabic six); an exact million’s “many” falls back to “other” unreported', () => {
    expect(pluralCategories('fr').sort()).to.deep.equal(['one', 'other']);
    expect(pluralCategories('ar').sort()).to.deep.equal(['few', 'many', 'one', 'other', 'two', 'zero']);
    registerTranslations('fr', { 'x.people.one': '{n} personne', 'x.people.other': '{n} personnes' });
    const fr = words('fr');
    expect(new Intl.PluralRules('fr').select(1000000)).to.equal('many');
    expect(fr.plural(1000000, 'x.people', { one: '{n} person', other: '{n} people' })).to.equal('1\u202f000\u202f000 personnes');
    expect(missingTranslations('fr')).not.to.include('x.people.many');
  });
});
