/**
 * The stored data's versions for <thank-you-composer> (issue #28). Version 1 is what 0.1.0 (2026-11-25)
 * wrote; version 2 adds, per person, how to address them (`greeting`, `form`, `title`, `register`,
 * `kind`) and the team note's details (`team.name`, `email`, `thanksFor`, `moment`). Older data needs no
 * change (the new fields are optional); the version rises so that a build that only knows version 1
 * never writes over data it would misread (it shows it and says "saved by a newer version of this page
 * — reload"). Fixture: tests/fixtures/stored/thank-you-composer.v1.json.
 */
import type { Migrations } from '../core/model/envelope.js';

export const THANKS_VERSION = 2;

export const thanksMigrations: Migrations = {
  /** 1 → 2: the fields added are optional; nothing to change. */
  1: (data) => data,
};
