// Whether a text is in a language's script (src/core/script.ts): suggestions are offered in the intern's language only.
import { expect } from '@open-wc/testing';
import { writtenIn } from '../../src/core/script.js';

describe('core/script', () => {
  it('tells a sentence in the locale’s script from one in another', () => {
    expect(writtenIn('Ask for reviews earlier', 'en')).to.be.true;
    expect(writtenIn('Pedir revisiones de código antes', 'es')).to.be.true;
    expect(writtenIn('نعم، بكل سرور', 'en')).to.be.false;
    expect(writtenIn('نعم، بكل سرور', 'es-MX')).to.be.false;
    expect(writtenIn('نعم، بكل سرور', 'ar-SA')).to.be.true;
    expect(writtenIn('Ask for reviews earlier', 'ar')).to.be.false;
    // Mostly Arabic with a Latin product name is Arabic.
    expect(writtenIn('أتقنت SQL خلال التدريب', 'ar')).to.be.true;
    expect(writtenIn('Спасибо за всё', 'ru')).to.be.true;
    expect(writtenIn('Thanks for everything', 'ru')).to.be.false;
  });

  it('accepts text without letters, and every text where the script has no name (Chinese, Japanese) or the locale is not valid', () => {
    expect(writtenIn('2026 · 42 %', 'ar')).to.be.true;
    expect(writtenIn('', 'en')).to.be.true;
    expect(writtenIn('Thanks', 'zh')).to.be.true;
    expect(writtenIn('ありがとう', 'ja')).to.be.true;
    expect(writtenIn('Thanks', 'not a locale!')).to.be.true;
  });
});
