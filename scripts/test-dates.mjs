#!/usr/bin/env node
/**
 * `npm run test:dates`: the date-sensitive suites at three fixed "todays" (a Monday, a Friday and
 * 31 December, around the tests' fixtures, which end internships on 18 December 2026), in Chromium,
 * with the browser's clock faked for the whole test page (SF_TODAY, see scripts/fake-today.mjs). A test
 * that reads the real date instead of fixing its clock fails here on one of them, not on the day CI
 * happens to run on it. Called from .ci/run after the main tests; prints the seconds it took.
 *
 * Options: `--dates 2026-12-07,2027-01-04` to try other days; `--files 'glob'` for other files.
 */
import { spawnSync } from 'node:child_process';

const DATES = ['2026-12-07', '2026-12-11', '2026-12-31'];

/**
 * The suites whose outcome depends on today: what is due, overdue or days away, countdowns, streaks,
 * follow-up schedules, suggested dates on weekends, first visits, backups "a week ago"; and
 * tests/core/now.test.ts, which renders every element with `now` under two other real dates. The rest
 * (the journeys included) passed at these dates and at 19 December 2026 and 15 July 2027 in full runs,
 * and assert nothing relative to today. Keep this list to such files, so the check stays cheap.
 */
const FILES = [
  'tests/core/now.test.ts',
  'tests/core/dates.test.ts',
  'tests/core/tasks.test.ts',
  'tests/core/weekend.test.ts',
  'tests/internship-checklist/internship-checklist.test.ts',
  'tests/finish-strong-planner/finish-strong-planner.test.ts',
  'tests/keep-in-touch/{keep-in-touch,followups,schedule}.test.ts',
  'tests/feedback-questions/feedback-questions.test.ts',
  'tests/internship-wrap-up/{internship-wrap-up,task-list,your-data}.test.ts',
];

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const dates = arg('--dates')?.split(',') ?? DATES;
const files = arg('--files') ? [arg('--files')] : FILES;

const started = Date.now();
const results = [];
for (const today of dates) {
  const t0 = Date.now();
  const run = spawnSync('npx', ['wtr', '--files', ...files], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, SF_TODAY: today, SF_BROWSERS: 'chromium' },
  });
  const out = run.stdout ?? '';
  // Only what failed, and the runner's totals: a passing day is one line.
  const failures = out.split('\n').filter((l) => /❌|AssertionError|Error:/.test(l));
  const totals = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
  const passed = Number(totals?.[1] ?? 0);
  const failed = run.status === 0 ? Number(totals?.[2] ?? 0) : Math.max(1, Number(totals?.[2] ?? 0));
  results.push({ today, passed, failed, seconds: Math.round((Date.now() - t0) / 1000) });
  const day = new Date(`${today}T12:00:00Z`).toLocaleDateString('en', { weekday: 'long', timeZone: 'UTC' });
  console.log(`test:dates ${today} (${day}): ${passed} passed, ${failed} failed in ${results.at(-1).seconds}s`);
  if (failed) console.log(failures.join('\n') || out);
}
const failed = results.reduce((n, r) => n + r.failed, 0);
const passed = results.reduce((n, r) => n + r.passed, 0);
console.log(`date-sensitive suites at ${dates.join(', ')}: ${passed} passed, ${failed} failed in ${Math.round((Date.now() - started) / 1000)}s`);
process.exit(failed ? 1 : 0);
