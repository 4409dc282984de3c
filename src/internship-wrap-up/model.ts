/**
 * The stored data's versions for <internship-wrap-up> (issue #28). Version 1 is what 0.1.0 (2026-11-25)
 * wrote; version 2 adds the intern's e-mail, the supervisor's greeting and the weekend to the profile,
 * and `backup`, `offered` and `programme`. Older data needs no change (the new fields are optional); the
 * version rises so that a build that only knows version 1 never writes over data it would misread.
 * Fixture: tests/fixtures/stored/internship-wrap-up.v1.json.
 */
import type { Migrations } from '../core/model/envelope.js';

export const KIT_VERSION = 2;

export const kitMigrations: Migrations = {
  /** 1 → 2: the fields added are optional; nothing to change. */
  1: (data) => data,
};
