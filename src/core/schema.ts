import { isISODate } from './dates.js';

/**
 * A tiny schema for the widgets' `value` objects. Assigned values come from hosts and from storage, so
 * every field is checked; what doesn't fit is dropped (never thrown) and listed so the element can warn
 * once. Hand-written: a validation library would cost more than the whole widget.
 */
export type Issues = string[];
/** Returns the cleaned value, or DROP to leave the field out. */
export type Rule<T> = (input: unknown, path: string, issues: Issues) => T | typeof DROP;

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
      const v = item(input[i], `${path}[${i}]`, issues);
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
 * unless `fallback` supplies it; unknown fields are dropped and reported.
 */
export function obj<R extends Fields, O extends Fields = Record<never, never>>(
  required: R,
  optional?: O,
  fallback: { [K in keyof R]?: () => Exclude<ReturnType<R[K]>, typeof DROP> } = {},
): Rule<Shape<R, O>> {
  return (input, path, issues) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      issues.push(`${path || 'value'}: expected an object`);
      return DROP;
    }
    const source = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, rule] of Object.entries(required)) {
      const v = key in source && source[key] !== undefined ? rule(source[key], join(path, key), issues) : DROP;
      if (v === DROP) {
        const make = fallback[key];
        if (!make) {
          if (!(key in source)) issues.push(`${join(path, key)}: missing`);
          return DROP;
        }
        out[key] = make();
      } else out[key] = v;
    }
    for (const [key, rule] of Object.entries(optional ?? {})) {
      if (!(key in source) || source[key] === undefined || source[key] === null) continue;
      const v = rule(source[key], join(path, key), issues);
      if (v !== DROP) out[key] = v;
    }
    for (const key of Object.keys(source)) {
      if (!(key in required) && !(optional && key in optional)) issues.push(`${join(path, key)}: unknown field`);
    }
    return out as Shape<R, O>;
  };
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** Runs a rule on a whole value; `fallback` is used when nothing usable is left. */
export function parseWith<T>(rule: Rule<T>, input: unknown, fallback: () => T): { value: T; issues: Issues } {
  const issues: Issues = [];
  const v = rule(input, '', issues);
  return { value: v === DROP ? fallback() : v, issues };
}

/** Plain-JSON deep copy, so the host never holds a reference into the element's state. */
export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
