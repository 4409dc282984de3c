import { isISODate } from './dates.js';

/**
 * A tiny schema for the widgets' `value` objects. Assigned values come from hosts and from storage, so
 * every field is checked; what doesn't fit is dropped (never thrown) and listed so the element can warn
 * once. Hand-written: a validation library would cost more than the whole widget.
 */
export type Issues = string[];

/**
 * Returns the cleaned value, or DROP to leave the field out. `path` is always '' for a rule inside a
 * list or object: containers prefix the issues a child reported (`name: …` becomes `contacts[3].name: …`)
 * instead of building every field's path up front, which cost more than the checks on a 10,000-item
 * value (bench/profile.mjs). So a rule reports `${path}: what is wrong`.
 */
export type Rule<T> = (input: unknown, path: string, issues: Issues) => T | typeof DROP;

/** Prefixes the issues a child added since `from` with its key (`[3]` or `name`). */
function under(issues: Issues, from: number, key: string): void {
  for (let j = from; j < issues.length; j++) {
    const s = issues[j];
    issues[j] = key + (s[0] === ':' || s[0] === '[' ? '' : '.') + s;
  }
}

export const DROP: unique symbol = Symbol('drop');

const MAX_TEXT = 100_000;

/** A string (numbers are not coerced: a wrong type is a host bug worth a warning). */
export function text(max = MAX_TEXT): Rule<string> {
  return (input, path, issues) => {
    if (typeof input !== 'string') {
      issues.push(`${path}: expected text`);
      return DROP;
    }
    if (input.length > max) {
      issues.push(`${path}: longer than ${max} characters, cut`);
      return input.slice(0, max);
    }
    return input;
  };
}

export function bool(): Rule<boolean> {
  return (input, path, issues) => {
    if (typeof input !== 'boolean') {
      issues.push(`${path}: expected true or false`);
      return DROP;
    }
    return input;
  };
}

export function num(min = -Infinity, max = Infinity): Rule<number> {
  return (input, path, issues) => {
    if (typeof input !== 'number' || !Number.isFinite(input) || input < min || input > max) {
      issues.push(`${path}: expected a number from ${min} to ${max}`);
      return DROP;
    }
    return input;
  };
}

/** A real `YYYY-MM-DD` date. */
export function isoDate(): Rule<string> {
  return (input, path, issues) => {
    if (!isISODate(input)) {
      issues.push(`${path}: expected a date as YYYY-MM-DD`);
      return DROP;
    }
    return input;
  };
}

/** `HH:MM`, 24-hour. */
export function time(): Rule<string> {
  return (input, path, issues) => {
    if (typeof input !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(input)) {
      issues.push(`${path}: expected a time as HH:MM`);
      return DROP;
    }
    return input;
  };
}

export function oneOf<T extends string>(choices: readonly T[]): Rule<T> {
  return (input, path, issues) => {
    if (typeof input !== 'string' || !choices.includes(input as T)) {
      issues.push(`${path}: expected one of ${choices.join(', ')}`);
      return DROP;
    }
    return input as T;
  };
}

/** Exactly `true` (for flags like `custom: true`). */
export function literalTrue(): Rule<true> {
  return (input, path, issues) => {
    if (input !== true) {
      issues.push(`${path}: expected true`);
      return DROP;
    }
    return true;
  };
}

/** An array whose bad elements are dropped one by one. */
export function list<T>(item: Rule<T>, max = 100_000): Rule<T[]> {
  return (input, path, issues) => {
    if (!Array.isArray(input)) {
      issues.push(`${path}: expected a list`);
      return DROP;
    }
    const out: T[] = [];
    for (let i = 0; i < input.length && out.length < max; i++) {
      const from = issues.length;
      const v = item(input[i], '', issues);
      if (issues.length > from) under(issues, from, `[${i}]`);
      if (v !== DROP) out.push(v);
    }
    return out;
  };
}

type Fields = Record<string, Rule<unknown>>;
type Shape<R extends Fields, O extends Fields> = { [K in keyof R]: Exclude<ReturnType<R[K]>, typeof DROP> } & {
  [K in keyof O]?: Exclude<ReturnType<O[K]>, typeof DROP>;
};

/**
 * An object with required and optional fields. A missing required field drops the whole object
 * unless `fallback` supplies it. Unknown fields are kept as they are (a newer build's data survives an
 * older build's edit, issue #28) and reported (a host's typo is worth a warning).
 */
export function obj<R extends Fields, O extends Fields = Record<never, never>>(
  required: R,
  optional?: O,
  fallback: { [K in keyof R]?: () => Exclude<ReturnType<R[K]>, typeof DROP> } = {},
): Rule<Shape<R, O>> {
  // Keys and rules are listed once per rule, and the loops below allocate nothing per field: this runs
  // for every field of every item each time a host assigns `value` (bench/profile.mjs).
  const reqKeys = Object.keys(required);
  const reqRules = Object.values(required);
  const optKeys = Object.keys(optional ?? {});
  const optRules = Object.values(optional ?? {});
  const known = new Set([...reqKeys, ...optKeys]);
  return (input, path, issues) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      issues.push(`${path}: expected an object`);
      return DROP;
    }
    const source = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < reqKeys.length; i++) {
      const key = reqKeys[i];
      const given = source[key];
      const v = given !== undefined ? child(reqRules[i], given, key, issues) : DROP;
      if (v === DROP) {
        const make = fallback[key];
        if (!make) {
          if (!(key in source)) issues.push(`${key}: missing`);
          return DROP;
        }
        out[key] = make();
      } else out[key] = v;
    }
    for (let i = 0; i < optKeys.length; i++) {
      const key = optKeys[i];
      const given = source[key];
      if (given === undefined || given === null) continue;
      const v = child(optRules[i], given, key, issues);
      if (v !== DROP) out[key] = v;
    }
    // for…in instead of Object.keys(): no array per checked object.
    for (const key in source)
      if (!known.has(key) && Object.hasOwn(source, key) && source[key] !== undefined) {
        // defineProperty: a stored `__proto__` key stays a plain field, never the object's prototype.
        Object.defineProperty(out, key, { value: source[key], enumerable: true, writable: true, configurable: true });
        issues.push(`${key}: unknown field`);
      }
    return out as Shape<R, O>;
  };
}

function child<T>(rule: Rule<T>, input: unknown, key: string, issues: Issues): T | typeof DROP {
  const from = issues.length;
  const v = rule(input, '', issues);
  if (issues.length > from) under(issues, from, key);
  return v;
}

/** Runs a rule on a whole value; `fallback` is used when nothing usable is left. */
export function parseWith<T>(rule: Rule<T>, input: unknown, fallback: () => T): { value: T; issues: Issues } {
  const issues: Issues = [];
  const v = rule(input, '', issues);
  // An issue about the value itself has no key in front.
  for (let j = 0; j < issues.length; j++) if (issues[j][0] === ':') issues[j] = `value${issues[j]}`;
  return { value: v === DROP ? fallback() : v, issues };
}

/** Plain-JSON deep copy, so the host never holds a reference into the element's state. */
export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
