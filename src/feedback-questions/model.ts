/**
 * The stored data's versions for <feedback-questions> (issue #28). Version 1 is what 0.1.0 (2026-11-25) wrote;
 * version 2 adds response (the supervisor's written answers: who, quote, reference, date) and keeps next
 * steps as `{ id, text, done }` (version 1's plain texts are read as such by the schema's step rule). Older data needs no change (the new fields are optional); the version
 * rises so that a build that only knows version 1 never writes over data it would misread (it shows it
 * and says "saved by a newer version of this page — reload"). Fixture: tests/fixtures/stored/feedback-questions.v1.json.
 */
import type { Migrations } from '../core/model/envelope.js';

export const FEEDBACK_VERSION = 2;

export const feedbackMigrations: Migrations = {
  /** 1 → 2: the fields added are optional; nothing to change. */
  1: (data) => data,
};
