import { describeElement, warnOnce } from './warn.js';

/**
 * Host content from a child `<script type="application/json">` (the element's own questions, prompts or
 * templates), parsed and handed to `apply`; invalid JSON is reported once and the default content kept.
 */
export function readContent(host: Element, apply: (content: unknown) => void): void {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return;
  try {
    apply(JSON.parse(script.textContent ?? ''));
  } catch (error) {
    warnOnce(host, 'core:content', `${describeElement(host)}: the <script type="application/json"> content is not valid JSON (${(error as Error).message}); the default content is kept.`);
  }
}
