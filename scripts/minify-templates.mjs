/**
 * A small Rollup plugin that minifies the CSS and HTML inside Lit's css`` and html`` templates
 * (terser leaves template text alone). Hand-written, ~30 lines, because the published plugins for
 * this pull in html-minifier and clean-css for a job this narrow. Safe rules only: comments out,
 * whitespace runs collapsed (never inside ${…} expressions), spaces around CSS punctuation dropped.
 */
const TAGGED = /\b(css|html|svg)`((?:[^`\\$]|\\.|\$(?!\{)|\$\{(?:[^{}]|\{[^{}]*\})*\})*)`/g;

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{}:;,>]) ?/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

function minifyHtml(text) {
  // Keep one space where there was whitespace: it can matter between inline elements.
  return text.replace(/<!--(?!\?lit)[\s\S]*?-->/g, '').replace(/\s+/g, ' ');
}

/** Applies `fn` to the literal parts of a template body, leaving ${…} expressions untouched. */
function mapLiterals(body, fn) {
  const parts = body.split(/(\$\{(?:[^{}]|\{[^{}]*\})*\})/);
  return parts.map((p, i) => (i % 2 ? p : fn(p))).join('');
}

export default function minifyTemplates() {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!/\/dist\/.*\.js$/.test(id) || id.includes('node_modules')) return null;
      let changed = false;
      const out = code.replace(TAGGED, (whole, tag, body) => {
        changed = true;
        if (tag === 'css') {
          // keep `: ` inside selectors like :host(...) intact: minifyCss only drops spaces, never characters
          return `${tag}\`${mapLiterals(body, minifyCss)}\``;
        }
        return `${tag}\`${mapLiterals(body, minifyHtml)}\``;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
