// CSV in the active language: the export's header row, and the import recognising those names (and
// English ones). Was: English machine names only, and Arabic or Spanish headers left unmapped.
import { expect } from '@open-wc/testing';
import '../../src/keep-in-touch/define.js';
import '../../src/finish-strong-planner/define.js';
import type { KeepInTouch } from '../../src/keep-in-touch/keep-in-touch.js';
import { guessMapping } from '../../src/keep-in-touch/import.js';
import { parseCSV } from '../../src/core/formats/csv.js';
import { fileName } from '../../src/core/formats/text.js';
import { mount } from '../helpers/i18n.js';
import { settle } from '../helpers/test-element.js';
// Translations are opt-in (issue #21): this file reads Spanish and Arabic output.
import '../../src/translations/es.js';
import '../../src/translations/ar.js';

const contacts = () => ({
  contacts: [
    { id: 'a', name: 'عبد الله الأحمد', greeting: 'أبو خالد', email: 'abdullah@example.com', role: 'مدير المنتج', tags: ['عمل'], cadence: 'monthly' as const, lastContact: '2026-07-01', log: [] },
    { id: 'b', name: 'María José López', email: 'mj@example.com', how: 'Mi supervisora', tags: [], cadence: 'custom:45' as const, log: [] },
  ],
});

describe('CSV in the active language', () => {
  afterEach(() => document.querySelectorAll('[lang]').forEach((n) => n !== document.documentElement && n.remove()));

  for (const [lang, first] of [['es', 'Nombre'], ['ar', 'الاسم']] as const) {
    it(`${lang}: writes the header row in ${lang} and imports it back in ${lang} and in English`, async function () {
      this.timeout(20000);
      const el = await mount<KeepInTouch>('keep-in-touch', lang);
      el.value = contacts();
      const csv = el.toCSV();
      const header = parseCSV(csv).rows[0];
      expect(header[0]).to.equal(first);
      expect(header.join(' ')).not.to.match(/\b(name|email|lastContact|nextFollowUp)\b/);
      // back into a fresh element of the same language: every column mapped, every value back
      const fresh = await mount<KeepInTouch>('keep-in-touch', lang);
      const p = fresh.previewImport(csv);
      expect(p.mapping).to.deep.equal(['name', 'email', 'linkedin', 'role', 'team', 'how', 'notes', 'tags', 'cadence', 'lastContact', 'greeting', '']);
      expect(fresh.confirmImport().added).to.equal(2);
      const back = fresh.value.contacts;
      expect(back[0]).to.include({ name: 'عبد الله الأحمد', greeting: 'أبو خالد', email: 'abdullah@example.com', cadence: 'monthly', lastContact: '2026-07-01' });
      expect(back[1]).to.include({ name: 'María José López', how: 'Mi supervisora', cadence: 'custom:45' });
      // an English file still imports in this language
      const en = await mount<KeepInTouch>('keep-in-touch', 'en');
      en.value = contacts();
      expect(fresh.previewImport(en.toCSV()).mapping.slice(0, 11)).to.deep.equal(['name', 'email', 'linkedin', 'role', 'team', 'how', 'notes', 'tags', 'cadence', 'lastContact', 'greeting']);
    });
  }

  it('recognises headers typed by people: accents, case and spacing do not matter; old machine names still work', () => {
    const names = { name: ['Nombre', 'Name'], email: ['Correo', 'E-mail'], greeting: ['Cómo saludar a esta persona', 'How to greet them'], lastContact: ['آخر تواصل', 'Last contact'] };
    expect(guessMapping(['NOMBRE', ' correo ', 'como saludar a esta persona', 'آخِر تواصُل'], names)).to.deep.equal(['name', 'email', 'greeting', 'lastContact']);
    expect(guessMapping(['name', 'email', 'how', 'lastContact', 'nextFollowUp'])).to.deep.equal(['name', 'email', 'how', 'lastContact', '']);
    // "How to greet them" is not "How you know them"
    expect(guessMapping(['How to greet them', 'How you know them'])).to.deep.equal(['greeting', 'how']);
  });

  it('labels the export buttons through the catalogue', async () => {
    const el = await mount<KeepInTouch>('keep-in-touch', 'es');
    el.value = contacts();
    await el.updateComplete;
    const labels = [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(labels).to.include('Hoja de cálculo (CSV)');
  });

  it('a file named after a contact whose name has no usable character falls back to a translated name', () => {
    expect(fileName('???', 'vcf', 'Contacto')).to.equal('Contacto.vcf');
    expect(fileName('عبد الله', 'vcf', 'جهة اتصال')).to.equal('عبد الله.vcf');
    expect(fileName('', 'md')).to.equal('strong-finish.md');
  });

  it('names downloaded files in the active language (were "handover.md", "finish-strong.ics")', async () => {
    const el = await mount<HTMLElement & { updateComplete: Promise<boolean> }>('finish-strong-planner', 'es', { 'end-date': '2026-12-18' });
    const click = async (label: string) => {
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!.click();
      await settle(30);
      return el.shadowRoot!.querySelector('[role=status]')!.textContent!;
    };
    expect(await click('Descargar traspaso (.md)')).to.contain('Traspaso de Maya Haddad · Northwind.md');
    expect(await click('Añadir al calendario (.ics)')).to.contain('Termina con fuerza.ics');
  });
});
