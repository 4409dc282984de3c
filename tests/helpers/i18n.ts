import { container, settle } from './test-element.js';

type Sf = HTMLElement & { updateComplete: Promise<boolean> };

/** An element in a wrapper with `lang`, once its catalogue has arrived (polls up to 8 s). */
export async function mount<E extends Sf>(tag: string, lang: string, attrs: Record<string, string> = {}): Promise<E> {
  const wrapper = container();
  wrapper.lang = lang;
  const el = document.createElement(tag) as E;
  for (const [k, v] of Object.entries({ storage: 'none', 'intern-name': 'Maya Haddad', company: 'Northwind', ...attrs })) el.setAttribute(k, v);
  wrapper.append(el);
  await el.updateComplete;
  const ready = () => lang.startsWith('en') || (lang.startsWith('ar') ? /[\u0600-\u06ff]{3}/ : /[áéíóúñ]|\b(tus?|las?|los)\b/i).test(el.shadowRoot!.textContent ?? '');
  for (let waited = 0; waited < 8000 && !ready(); waited += 50) await settle(50);
  await el.updateComplete;
  return el;
}

