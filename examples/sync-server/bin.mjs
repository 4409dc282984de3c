#!/usr/bin/env node
// `npx strong-finish-sync-server`: the reference sync server (server.mjs) as the package's command, so a
// host that installed `strong-finish` from npm runs it without the repository.
//   DATABASE_URL=postgres://… npx strong-finish-sync-server        starts it (PORT, HOST, SYNC_* as in README.md)
//   npx strong-finish-sync-server token <user> [ttl-seconds] [--role staff]   prints a bearer token for <user>
// `pg` is an optional peer dependency of strong-finish: only this server needs it (`npm install pg`).
const [command, ...args] = process.argv.slice(2);
const USAGE = `usage:
  DATABASE_URL=postgres://user@host/db npx strong-finish-sync-server   start the server (PORT=8787, HOST=127.0.0.1)
  npx strong-finish-sync-server token <user> [ttl-seconds] [--role staff]   print a bearer token (SYNC_SECRET from the environment;
                                                                          a staff token reads programme summaries)
  bash node_modules/strong-finish/examples/sync-server/db.sh start    a throwaway PostgreSQL for trying it
Documentation: node_modules/strong-finish/examples/sync-server/README.md`;

if (command === '--help' || command === '-h' || command === 'help') {
  console.log(USAGE);
} else if (command === 'token') {
  const { createToken } = await import('./token.mjs');
  // `--role staff` as token.mjs takes it (docs/sync.md, "Programme summary"); before, it was read as the ttl
  // and the command printed a token the server refused (its expiry was not a number).
  const at = args.indexOf('--role');
  const role = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const [user, ttl, extra] = args;
  if (!user || (at >= 0 && !role) || extra !== undefined || (ttl !== undefined && !/^\d+$/.test(ttl))) {
    console.error(USAGE);
    process.exit(2);
  }
  try {
    console.log(createToken(user, { ...(ttl ? { ttl: Number(ttl) } : {}), ...(role ? { role } : {}) }));
  } catch (error) {
    console.error(`strong-finish-sync-server: ${error.message}`);
    process.exit(2);
  }
} else if (command !== undefined) {
  console.error(`strong-finish-sync-server: unknown command ${command}\n${USAGE}`);
  process.exit(2);
} else {
  try {
    await import('pg');
  } catch {
    console.error('strong-finish-sync-server needs the PostgreSQL client, an optional peer dependency of strong-finish: npm install pg');
    process.exit(1);
  }
  const { serveFromCommandLine } = await import('./server.mjs');
  await serveFromCommandLine('strong-finish-sync-server');
}
