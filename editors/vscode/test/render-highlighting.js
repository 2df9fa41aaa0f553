#!/usr/bin/env node
// Renders .kubus files as VS Code's Dark+ theme colours them with the
// extension's grammar: an HTML page to look at (and screenshot with
// `chromium --headless --screenshot`) when the grammar changes.
//
//   run-node.sh render-highlighting.js OUT.html FILE.kubus...
'use strict';
const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const GRAMMAR = path.join(__dirname, '..', 'syntaxes', 'kubus.tmLanguage.json');
// Dark+ colours for the scopes the grammar uses, the most specific prefix first.
const THEME = [
  ['comment', '#6A9955'],
  ['string', '#CE9178'],
  ['constant.character.escape', '#D7BA7D'],
  ['meta.interpolation', '#D7BA7D'],
  ['constant.numeric', '#B5CEA8'],
  ['constant.language', '#569CD6'],
  ['keyword.other.unit', '#4EC9B0'],
  ['keyword.control', '#C586C0'],
  ['keyword.operator.logical', '#C586C0'],
  ['keyword.operator', '#D4D4D4'],
  ['storage.type', '#569CD6'],
  ['entity.name.function', '#DCDCAA'],
  ['entity.name', '#4EC9B0'],
  ['support.function', '#DCDCAA'],
  ['variable.other.property', '#9CDCFE'],
];

function colour(scopes) {
  for (let i = scopes.length - 1; i >= 0; i--)
    for (const [prefix, c] of THEME) if (scopes[i] === prefix || scopes[i].startsWith(prefix + '.')) return c;
  return '#D4D4D4';
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function main() {
  const [out, ...files] = process.argv.slice(2);
  await oniguruma.loadWASM(fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p) => new oniguruma.OnigScanner(p),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR),
  });
  const grammar = await registry.loadGrammar('source.kubus');
  let html = '<!doctype html><meta charset="utf-8"><style>body{background:#1E1E1E;color:#D4D4D4;margin:0;padding:16px;' +
    'font:14px/1.45 "DejaVu Sans Mono",monospace}h2{font:bold 13px sans-serif;color:#888;margin:18px 0 6px}' +
    'pre{margin:0}</style>';
  for (const file of files) {
    html += `<h2>${escape(path.basename(file))}</h2><pre>`;
    let stack = vsctm.INITIAL;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const r = grammar.tokenizeLine(line, stack);
      stack = r.ruleStack;
      for (const t of r.tokens)
        html += `<span style="color:${colour(t.scopes)}">${escape(line.slice(t.startIndex, t.endIndex))}</span>`;
      html += '\n';
    }
    html += '</pre>';
  }
  fs.writeFileSync(out, html);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
