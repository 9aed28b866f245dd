// build.mjs makes the ECharts files that the report ships, from entry.js and
// the packages of package-lock.json (installed by `npm ci --ignore-scripts`).
// scripts/vendor-echarts.sh runs it in a temporary copy of this folder:
//
//   node build.mjs OUT_DIR
//
// It writes into OUT_DIR:
//   echarts.min.js            entry.js bundled by esbuild as one script that
//                             defines the global `echarts`, minified by terser
//   LICENSE, NOTICE           ECharts' own, LICENSE followed by the licence
//                             text of every other package whose code is in
//                             the bundle (the only licence file that a
//                             single-file report carries, with NOTICE)
//   licenses/LICENSE-d3       d3's licence, which ECharts' LICENSE refers to
//                             (ECharts embeds some of d3's code)
//
// The output depends only on the files of this folder and the locked
// packages: the same bytes on every run and every machine. It fails if the
// bundle holds code of a package whose licence it does not know, or text
// that would stop the script from being inlined in a single-file report.

import { build } from 'esbuild';
import { minify } from 'terser';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Every package whose code may end up in the bundle, with the licence it
// declares and the file that holds its text. ECharts' own LICENSE and NOTICE
// are the base; the others' texts are appended to LICENSE.
const known = {
  echarts: { spdx: 'Apache-2.0' },
  zrender: { spdx: 'BSD-3-Clause', file: 'LICENSE' },
  tslib: { spdx: '0BSD', file: 'LICENSE.txt' },
};

const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUT_DIR');
  process.exit(2);
}

function pkgJSON(name) {
  return JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8'));
}

// The package a bundled file belongs to, from its path in the metafile.
function packageOf(input) {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  return m ? m[1] : null;
}

// The names that entry.js passes to use(), by the module they come from:
// for the banner, so that the script says what it can draw.
function usedModules(entry) {
  const from = {};
  for (const m of entry.matchAll(/import\s*\{([^}]*)\}\s*from\s*'echarts\/(charts|components|features|renderers)'/g)) {
    from[m[2]] = m[1].split(',').map((s) => s.trim()).filter(Boolean);
  }
  if (!from.charts || !from.renderers) {
    throw new Error('entry.js imports no chart or no renderer from echarts/charts, echarts/renderers');
  }
  return from;
}

const entry = readFileSync('entry.js', 'utf8');
const modules = usedModules(entry);

const bundled = await build({
  entryPoints: ['entry.js'],
  bundle: true,
  format: 'iife',
  globalName: 'echarts',
  target: 'es2015',
  // ECharts' lib/ keeps its development checks and warnings behind this
  // test; the production build drops them, as ECharts' own dist does.
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none', // the licences ship as files; see the banner
  write: false,
  metafile: true,
  logLevel: 'warning',
});

// Which packages the bundle holds code of, and how many of their files.
const outputs = Object.values(bundled.metafile.outputs);
if (outputs.length !== 1 || bundled.outputFiles.length !== 1) {
  throw new Error(`esbuild wrote ${outputs.length} outputs, want 1`);
}
const files = {};
for (const input of Object.keys(outputs[0].inputs)) {
  const p = packageOf(input);
  if (p) {
    files[p] = (files[p] || 0) + 1;
  } else if (input !== 'entry.js') {
    throw new Error(`bundled file ${input} belongs to no package`);
  }
}
const packages = Object.keys(files).sort();
for (const p of packages) {
  const want = known[p];
  if (!want) {
    throw new Error(`the bundle holds code of ${p}, whose licence build.mjs does not know: add it to "known"`);
  }
  const got = pkgJSON(p).license;
  if (got !== want.spdx) {
    throw new Error(`${p} declares licence ${got}, build.mjs expects ${want.spdx}`);
  }
}
if (!files.echarts) {
  throw new Error('the bundle holds no ECharts code');
}
const versions = Object.fromEntries(packages.map((p) => [p, pkgJSON(p).version]));

const others = packages.filter((p) => p !== 'echarts');
const banner =
  `/*! Apache ECharts ${versions.echarts} (Apache-2.0), a custom build of only what the socialaudit report draws with: ` +
  Object.entries(modules).map(([k, v]) => `${k} ${v.join(', ')}`).join('; ') + '. ' +
  `It includes ${others.map((p) => `${p} ${versions[p]} (${known[p].spdx})`).join(' and ')}. ` +
  'Licences: the LICENSE and NOTICE files that come with it. */';

const minified = await minify(bundled.outputFiles[0].text, {
  ecma: 2015,
  compress: { passes: 2 },
  mangle: true,
  format: { ascii_only: true, comments: false, preamble: banner },
});
const js = minified.code + '\n';

// A single-file report inlines this script: it must not end the <script>
// element early nor switch the HTML parser's state (see report/singlefile.go).
for (const bad of ['</script', '<!--', '<script']) {
  if (js.toLowerCase().includes(bad)) {
    throw new Error(`echarts.min.js contains ${bad}`);
  }
}
if (!js.includes(`"${versions.echarts}"`)) {
  throw new Error(`echarts.min.js does not carry its version "${versions.echarts}"`);
}

mkdirSync(join(out, 'licenses'), { recursive: true });
writeFileSync(join(out, 'echarts.min.js'), js);
const ecLicense = readFileSync('node_modules/echarts/LICENSE', 'utf8');
writeFileSync(join(out, 'NOTICE'), readFileSync('node_modules/echarts/NOTICE'));
writeFileSync(join(out, 'licenses', 'LICENSE-d3'), readFileSync('node_modules/echarts/licenses/LICENSE-d3'));
let appendix =
  '\n\n========================================================================\n' +
  `Packages bundled with Apache ECharts in echarts.min.js:\n\n` +
  `echarts.min.js is a custom build of Apache ECharts ${versions.echarts}, made by\n` +
  'scripts/vendor-echarts.sh of socialaudit. Besides the code of ECharts, it\n' +
  'contains code of the packages below, under their own licences, whose\n' +
  'texts follow.\n';
for (const p of others) {
  const text = readFileSync(join('node_modules', p, known[p].file), 'utf8');
  appendix +=
    '\n------------------------------------------------------------------------\n' +
    `${p} ${versions[p]} (${known[p].spdx}):\n\n` +
    text.trimEnd() + '\n';
}
writeFileSync(join(out, 'LICENSE'), ecLicense.trimEnd() + appendix);

// What was built, for the person running the script.
console.log(`build.mjs: echarts.min.js ${js.length} bytes; ${Object.entries(modules).map(([k, v]) => `${k}: ${v.join(', ')}`).join('; ')}`);
console.log(`build.mjs: bundled files by package: ${packages.map((p) => `${p} ${versions[p]} ${files[p]}`).join(', ')}`);
console.log(`build.mjs: built with esbuild ${pkgJSON('esbuild').version}, terser ${pkgJSON('terser').version}, node ${process.version}`);
