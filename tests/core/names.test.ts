import { expect } from '@open-wc/testing';
import { greetName, greetingName, hasTitle } from '../../src/core/names.js';

// How a colleague would greet a person, in the three shipped languages. The old rule (the first word)
// fails every row marked ✗ below.
describe('greetingName', () => {
  it('keeps Arabic compound names whole (عبد / أبو / بن / آل + the next word)', () => {
    expect(greetingName('عبد الله الأحمد')).to.equal('عبد الله'); // ✗ "عبد" = "servant"
    expect(greetingName('عبد الرحمن بن خالد')).to.equal('عبد الرحمن'); // ✗
    expect(greetingName('أبو بكر السقا')).to.equal('أبو بكر'); // ✗
    expect(greetingName('عبدالله الأحمد')).to.equal('عبدالله');
    expect(greetingName('Abdul Rahman Saleh')).to.equal('Abdul Rahman'); // ✗
    expect(greetingName('Abu Bakr Salem')).to.equal('Abu Bakr'); // ✗
    expect(greetingName('سارة آل سعود')).to.equal('سارة');
  });

  it('drops titles in Arabic, English and Spanish', () => {
    expect(greetingName('د. سارة المنصوري')).to.equal('سارة'); // ✗ "د."
    expect(greetingName('د. عبد الله الأحمد')).to.equal('عبد الله'); // ✗
    expect(greetingName('الأستاذة ليلى حسن')).to.equal('ليلى'); // ✗
    expect(greetingName('م. خالد يوسف')).to.equal('خالد'); // ✗
    expect(greetingName('Dr. Sara Ali')).to.equal('Sara'); // ✗
    expect(greetingName('Prof Jordan Lee')).to.equal('Jordan'); // ✗
    expect(greetingName('Dra. Lucía Fernández')).to.equal('Lucía'); // ✗
    expect(greetingName('Lic. Juan Pérez')).to.equal('Juan'); // ✗
  });

  it('drops the French titles, and those of the languages hosts often add (German, Portuguese, Italian)', () => {
    // ✗ each row on the old rule: "M. Jean Martin" was greeted "M."
    const cases: [string, string][] = [
      ['M. Jean Martin', 'Jean'], ['Mme Claire Dubois', 'Claire'], ['Mlle Chloé Petit', 'Chloé'], ['Me Paul Leroy', 'Paul'],
      ['Pr Anne Girard', 'Anne'], ['Dre Julie Tremblay', 'Julie'], ['Madame Sophie Bernard', 'Sophie'], ['Docteure Léa Roy', 'Léa'],
      ['M.Jean Martin', 'Jean'], ['Mme Jean-Pierre Morel', 'Jean-Pierre'],
      ['Herr Jonas Becker', 'Jonas'], ['Frau Dr. Anna Weber', 'Anna'], ['Fr. Lena Fischer', 'Lena'],
      ['Sr.ª Ana Costa', 'Ana'], ['Dr.ª Inês Sousa', 'Inês'], ['Eng. Rui Alves', 'Rui'], ['Dona Maria Silva', 'Maria'],
      ['Sig.ra Giulia Bianchi', 'Giulia'], ['Dott.ssa Chiara Ricci', 'Chiara'], ['Dott. Marco Rossi', 'Marco'], ['Avv. Luca Conti', 'Luca'],
    ];
    expect(cases.map(([name]) => greetingName(name))).to.deep.equal(cases.map(([, first]) => first));
    expect(['M. Jean Martin', 'Sig.ra Giulia Bianchi', 'Dr.ª Inês Sousa', 'Herr Jonas Becker'].map(hasTitle)).to.deep.equal([true, true, true, true]);
  });

  it('drops a title written against the name, without a space', () => {
    expect(greetingName('د.سارة المنصوري')).to.equal('سارة'); // ✗ was "د.سارة"
    expect(greetingName('أ.د.عبد الله الأحمد')).to.equal('عبد الله'); // ✗
    expect(greetingName('Dr.Sara Ali')).to.equal('Sara'); // ✗
    expect(greetingName('Dra.María José López')).to.equal('María José'); // ✗
    // initials are not titles
    expect(greetingName('J.R. Smith')).to.equal('J.R.');
  });

  it('knows when a name carries its own title (a formal salutation then adds none)', () => {
    expect(['د. سارة المنصوري', 'د.سارة', 'Dr. Sara Ali', 'Dra. Lucía', 'الأستاذة ليلى حسن'].map(hasTitle)).to.deep.equal([true, true, true, true, true]);
    expect(['سارة المنصوري', 'Sara Ali', 'J.R. Smith', 'Dr.', 'María José'].map(hasTitle)).to.deep.equal([false, false, false, false, false]);
  });

  it('keeps Spanish double first names and hyphenated names', () => {
    expect(greetingName('María José López')).to.equal('María José'); // ✗
    expect(greetingName('Juan Carlos Ruiz')).to.equal('Juan Carlos'); // ✗
    expect(greetingName('María del Carmen Ortega')).to.equal('María del Carmen'); // ✗
    expect(greetingName('María de los Ángeles Soto')).to.equal('María de los Ángeles'); // ✗
    expect(greetingName('Jean-Pierre Martin')).to.equal('Jean-Pierre');
    expect(greetingName('Ana-Lucía Vega')).to.equal('Ana-Lucía');
    // a given name followed by a surname stays one word
    expect(greetingName('Juan de la Cruz')).to.equal('Juan');
    expect(greetingName('María García')).to.equal('María');
    expect(greetingName('Jordan Lee')).to.equal('Jordan');
  });

  it('does not join an English "Al" and never returns an empty name', () => {
    expect(greetingName('Al Gore')).to.equal('Al');
    expect(greetingName('Dr.')).to.equal('Dr.');
    expect(greetingName('  Sam  ')).to.equal('Sam');
    expect(greetingName('')).to.equal('');
  });

  it('prefers the person’s own “how to greet them”', () => {
    expect(greetName({ name: 'Robert Smith', greeting: 'Bob' })).to.equal('Bob');
    expect(greetName({ name: 'عبد الله الأحمد', greeting: '  ' })).to.equal('عبد الله');
    expect(greetName({})).to.equal('');
  });
});
