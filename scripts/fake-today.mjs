/**
 * Fakes "today" for a whole test run, so the date-sensitive suites can run on a Monday, a Friday and
 * 31 December whatever the real date (`npm run test:dates`). With `SF_TODAY=YYYY-MM-DD`:
 * - in the browser, web-test-runner.config.mjs puts `fakeTodayScript()` in the test page before any
 *   test code;
 * - in Node, `node --import ./scripts/fake-today-node.mjs` installs it from the environment.
 * The clock starts at 10:00 local time that day and runs on in real time (timers, timeouts and
 * "5 s later" still work); every `Date` stays a real `Date` (instanceof, Intl, structured clone).
 */

/** Replaces `scope.Date` with one whose "now" is `today` at 10:00 local time plus the time elapsed since. */
export function installFakeToday(scope, today) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today ?? '');
  if (!match) throw new Error(`SF_TODAY must be YYYY-MM-DD, not "${today}"`);
  const RealDate = scope.Date;
  const offset = new RealDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 10, 0, 0).valueOf() - RealDate.now();
  const now = () => RealDate.now() + offset;
  function FakeDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return args.length ? Reflect.construct(RealDate, args, new.target === FakeDate ? RealDate : new.target) : new RealDate(now());
  }
  FakeDate.prototype = RealDate.prototype;
  FakeDate.now = now;
  FakeDate.parse = RealDate.parse;
  FakeDate.UTC = RealDate.UTC;
  Object.defineProperty(FakeDate, 'name', { value: 'Date' });
  scope.Date = FakeDate;
  scope.__SF_TODAY__ = today;
}

/** The browser's version: a classic script for the test page's `<head>`. */
export const fakeTodayScript = (today) => `(${installFakeToday.toString()})(globalThis, ${JSON.stringify(today)});`;
