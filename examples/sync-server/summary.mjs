// The programme summary of the reference server (#31, docs/sync.md "Programme summary"): how many interns
// of a programme started and completed each step of the kit, counted in SQL from the documents the kit
// stores; never a word she wrote. Counts under 5 (and a whole cohort under 5) never leave the database.
//   GET /v1/programmes/{id}/summary   (a staff token: node examples/sync-server/token.mjs <user> --role staff)
// A kit belongs to programme P when its envelope's `pack.id` is P, else when its data's `programme` is P
// (the `programme` attribute of <internship-wrap-up>, stored with her first edit). An intern with several
// kits in P counts once, with the one saved last.
import { verifyClaims } from './token.mjs';

/** The smallest group whose count is reported. */
export const MIN_GROUP = 5;
/** The kit's steps, in its order, and what "done" means in each (as the kit's overview counts them). */
export const STEPS = ['checklist', 'feedback', 'thanks', 'reflection', 'planner', 'contacts'];
const PROGRAMME = /^[A-Za-z0-9][A-Za-z0-9._:@+-]{0,199}$/;

const SCHEMA = [
  // Stored bodies are any bytes: what isn't UTF-8 JSON counts as nothing instead of failing the query.
  `CREATE OR REPLACE FUNCTION sf_json(b bytea) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
   BEGIN RETURN convert_from(b, 'UTF8')::jsonb; EXCEPTION WHEN others THEN RETURN NULL; END $$`,
  `CREATE OR REPLACE FUNCTION sf_list(j jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS
   $$ SELECT CASE WHEN jsonb_typeof(j) = 'array' THEN j ELSE '[]'::jsonb END $$`,
  `CREATE OR REPLACE FUNCTION sf_filled(j jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS
   $$ SELECT coalesce(jsonb_typeof(j) = 'string' AND btrim(j #>> '{}') <> '', false) $$`,
];

// done/total per step, as src/internship-wrap-up/logic.ts progress() counts them.
const count = (path, where) => `(SELECT count(*) FROM jsonb_array_elements(sf_list(d #> '{${path}}')) AS i WHERE ${where})`;
const total = (path) => `jsonb_array_length(sf_list(d #> '{${path}}'))`;
const STEP_SQL = {
  checklist: [count('checklist,items', "i->'done' = 'true'::jsonb"), total('checklist,items')],
  feedback: [count('feedback,selected', "sf_filled(i->'takeaway') OR sf_filled(i->'answer')"), total('feedback,selected')],
  thanks: [count('thanks,people', "i->>'status' = 'sent'"), total('thanks,people')],
  reflection: [count('reflection,entries', "sf_filled(i->'text')"), total('reflection,entries')],
  planner: [count('planner,milestones', "i->'done' = 'true'::jsonb"), total('planner,milestones')],
  contacts: [total('contacts,contacts'), total('contacts,contacts')],
};

// Counts below MIN_GROUP become NULL inside the database; so does everything when the cohort is small.
const small = (n) => `CASE WHEN (SELECT n FROM size) < ${MIN_GROUP} OR ${n} BETWEEN 1 AND ${MIN_GROUP - 1} THEN NULL ELSE ${n} END`;
export const SUMMARY_SQL = `
  WITH kits AS (
    SELECT DISTINCT ON (user_id) user_id, e -> 'data' AS d
    FROM (SELECT user_id, updated_at, sf_json(body) AS e FROM sf_documents WHERE key LIKE 'strong-finish/internship-wrap-up/%') AS docs
    WHERE coalesce(e #>> '{pack,id}', e #>> '{data,programme}') = $1
    ORDER BY user_id, updated_at DESC
  ),
  size AS (SELECT count(*)::int AS n FROM kits),
  progress AS (
    SELECT s.step, s.ord, s.done, s.total FROM kits, LATERAL (VALUES
      ${STEPS.map((step, i) => `('${step}', ${i}, ${STEP_SQL[step][0]}, ${STEP_SQL[step][1]})`).join(',\n      ')}
    ) AS s(step, ord, done, total)
  ),
  counts AS (
    SELECT step, ord, count(*) FILTER (WHERE done > 0)::int AS started, count(*) FILTER (WHERE total > 0 AND done >= total)::int AS completed
    FROM progress GROUP BY step, ord
  )
  SELECT (SELECT CASE WHEN n BETWEEN 1 AND ${MIN_GROUP - 1} THEN NULL ELSE n END FROM size) AS interns,
         coalesce(json_agg(json_build_object('step', step, 'started', ${small('started')}, 'completed', ${small('completed')}) ORDER BY ord) FILTER (WHERE step IS NOT NULL), '[]') AS steps
  FROM counts`;

/** Creates the SQL helpers; returns `handle(req, res, ctx)` for `GET /v1/programmes/{id}/summary` (false for anything else). */
export async function setupSummary(pool, { secret } = {}) {
  for (const statement of SCHEMA) {
    // Concurrent starts: CREATE OR REPLACE FUNCTION can race on the catalogue; once is enough.
    await pool.query(statement).catch((error) => {
      if (!/tuple concurrently updated|already exists/.test(error.message)) throw error;
    });
  }
  return async function handle(req, res, { send, HttpError }) {
    const parts = (req.url ?? '/').split('?')[0].split('/');
    if (parts[1] !== 'v1' || parts[2] !== 'programmes' || parts.length !== 5 || parts[4] !== 'summary') return false;
    if (req.method !== 'GET') throw new HttpError(405, 'method_not_allowed', 'Use GET', { Allow: 'GET' });
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(req.headers.authorization ?? '');
    const claims = match ? verifyClaims(match[1], { secret }) : null;
    if (!claims) throw new HttpError(401, 'unauthenticated', 'Sign in again: no valid bearer token', { 'WWW-Authenticate': 'Bearer' });
    if (claims.role !== 'staff') throw new HttpError(403, 'forbidden', 'Programme summaries need a staff token');
    let programme;
    try {
      programme = decodeURIComponent(parts[3]);
    } catch {
      programme = '';
    }
    if (!PROGRAMME.test(programme)) throw new HttpError(400, 'bad_programme', `The programme id must match ${PROGRAMME}`);
    const { rows } = await pool.query(SUMMARY_SQL, [programme]);
    const steps = rows[0].steps.length ? rows[0].steps : STEPS.map((step) => ({ step, started: null, completed: null }));
    send(res, 200, { programme, interns: rows[0].interns, minGroup: MIN_GROUP, generatedAt: new Date().toISOString(), steps });
    return true;
  };
}
