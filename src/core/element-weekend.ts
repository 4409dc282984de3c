import { weekendOf, type Weekend } from './dates.js';
import { describeElement, warnOnce } from './warn.js';

/**
 * The weekend an element's dates step around: its `weekend` attribute or profile field (`spec`), else
 * the locale's (Friday–Saturday for `ar-SA`). A list that can't be read warns once, naming the element.
 */
export function elementWeekend(el: HTMLElement, spec: string | undefined, locale: string): Weekend {
  return weekendOf(spec, locale, (own) =>
    warnOnce(el, 'attr:weekend', `${describeElement(el)}: weekend="${own}" is not a list of days like "fri sat" or "5 6"; using the locale's weekend.`),
  );
}
