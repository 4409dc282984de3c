// The code blocks of README.md and docs/*.md that tests/consumers/ runs, by name: the file, and a string
// only that block contains. Every other block is marked `<!-- illustrative -->` in the Markdown
// (doc-blocks.test.mjs checks both ways: each name finds exactly one block, each unmarked block has a name).
export const BLOCKS = {
  // html.test.mjs: the one-tag embed, served from a copy of the tarball's dist/.
  'readme-embed': { file: 'README.md', contains: 'your-cdn.example/strong-finish/dist/strong-finish.js' },
  'readme-theme': { file: 'README.md', contains: "--sf-font: 'Inter'" },
  // programmes.test.mjs: the example programme pack validates against pack.schema.json and is the demo's.
  'programmes-pack': { file: 'docs/programmes.md', contains: '"$schema": "https://unpkg.com/strong-finish/pack.schema.json"' },
  'job-boards-brand': { file: 'docs/job-boards.md', contains: '--sf-accent: light-dark(#0b5c4b, #6fd3b8);' },
  'job-boards-analytics': { file: 'docs/job-boards.md', contains: 'const track = ' },
  // html.test.mjs: the generated reservation (npm run docs:numbers) holds the kit's height before upgrade.
  'readme-kit-reservation': { file: 'README.md', contains: 'internship-wrap-up:not(:defined) { display: block; min-height:' },
  'job-boards-kit-reservation': { file: 'docs/job-boards.md', contains: 'internship-wrap-up:not(:defined) { display: block; min-height:' },
  'job-boards-embed': { file: 'docs/job-boards.md', contains: '<script type="module" src="/assets/strong-finish/0.1.0/strong-finish.js">' },
  // ssr.test.mjs: the server module and the browser bundle, as docs/ssr.md shows them.
  'ssr-server': { file: 'docs/ssr.md', contains: '// server.mjs' },
  'ssr-hydrate': { file: 'docs/ssr.md', contains: '// hydrate.js' },
  'ssr-csp': { file: 'docs/ssr.md', contains: '// csp.mjs' },
  'ssr-install': { file: 'docs/ssr.md', contains: 'pnpm add strong-finish lit @lit-labs/ssr @lit-labs/ssr-client' },
  // vite-react.test.mjs builds it; tsc.test.mjs type-checks it.
  'react-finish': { file: 'docs/react.md', contains: '// Finish.tsx' },
  // tsc.test.mjs type-checks these (the JavaScript ones with checkJs).
  'frameworks-plain-ts': { file: 'docs/frameworks.md', contains: "document.querySelector('internship-checklist')!" },
  'frameworks-jsx-react': { file: 'docs/frameworks.md', contains: "declare module 'react'" },
  'sync-setup': { file: 'docs/sync.md', contains: 'createHttpStorage({' },
  // adapter.test.mjs runs it against a local HTTP server.
  'job-boards-adapter': { file: 'docs/job-boards.md', contains: 'storageAdapter = adapter' },
  // sync.test.mjs runs it in a page against the reference sync server (examples/sync-server) and PostgreSQL.
  'job-boards-sync': { file: 'docs/job-boards.md', contains: 'createHttpStorage({' },
  // npm.test.mjs runs these in Node in the clean project.
  'readme-npm': { file: 'README.md', contains: "import 'strong-finish/all.js';" },
  'job-boards-npm': { file: 'docs/job-boards.md', contains: "import 'strong-finish/all.js';" },
  'readme-translations': { file: 'README.md', contains: 'registerTranslations(' },
  'job-boards-translations': { file: 'docs/job-boards.md', contains: 'registerTranslations(' },
  // npm.test.mjs runs it in Node; esbuild.test.mjs bundles it into a lang="es" page.
  'job-boards-languages': { file: 'docs/job-boards.md', contains: "import 'strong-finish/translations/es.js';" },
  'frameworks-vscode': { file: 'docs/frameworks.md', contains: 'html.customData' },
  // frameworks.test.mjs: vue-tsc and svelte-check on them in the clean project (#33).
  'frameworks-vue': { file: 'docs/frameworks.md', contains: '<!-- Finish.vue -->' },
  'frameworks-svelte': { file: 'docs/frameworks.md', contains: '<!-- Finish.svelte -->' },
  // sync-server.test.mjs runs them in an empty folder (#33): the server from npm alone, then sync-setup in a page.
  'sync-server-npm': { file: 'examples/sync-server/README.md', contains: 'npm install strong-finish pg' },
  'sync-server-token': { file: 'examples/sync-server/README.md', contains: 'TOKEN=$(npx strong-finish-sync-server token maya)' },
  'sync-summary-staff': { file: 'docs/sync.md', contains: 'npx strong-finish-sync-server token career-centre --role staff' },
};
