/**
 * Console warnings that appear once per element instance and topic, so a
 * host page with a typo sees one clear line instead of a flood.
 */
const seen = new WeakMap<object, Set<string>>();

/** Warns once for `owner` + `topic` (the core's topics start with `core:`); returns true when it printed. */
export function warnOnce(owner: object, topic: string, message: string): boolean {
  let topics = seen.get(owner);
  if (!topics) {
    topics = new Set();
    seen.set(owner, topics);
  }
  if (topics.has(topic)) return false;
  topics.add(topic);
  console.warn(`strong-finish: ${message}`);
  return true;
}

/** Names an element for a console message: `<internship-checklist id="a">`. */
export function describeElement(el: Element): string {
  const tag = el.localName;
  return el.id ? `<${tag} id="${el.id}">` : `<${tag}>`;
}
