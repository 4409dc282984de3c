/**
 * A résumé bullet from its three parts: "Led the weekly data review, cutting report time by 30%".
 * `comma` is the language's own (Arabic writes "، ").
 */
export function buildBullet(verb: string, what: string, result: string, comma = ', '): string {
  // What people type often ends with its own full stop or comma: "cut report time., by 30%" reads badly.
  const clean = (part: string) => part.replace(/[\s.,;:،؛]+$/u, '').trim();
  const head = [clean(verb), clean(what)].filter(Boolean).join(' ');
  const tail = result.trim().replace(/[\s,;:،؛]+$/u, '');
  if (!head) return tail;
  return tail ? `${head}${comma}${tail}` : head;
}

/** Moves item `from` by `delta` places; returns a new array (the same items when it can't move). */
export function move<X>(items: readonly X[], from: number, delta: number): X[] {
  const to = from + delta;
  const next = [...items];
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return next;
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}
