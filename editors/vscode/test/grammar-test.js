#!/usr/bin/env node
// Tokenises every bundled .kubus file (examples/, assessments/, rules/) and
// editors/test/all-tokens.kubus with the extension's TextMate grammar, as VS Code
// does (vscode-textmate on vscode-oniguruma), and fails when a keyword,
// string, number, quantity, comment, date or quarter is left without its scope.
//
// What is what comes from an independent reading of docs/language.md §2
// (editors/test/lexemes.js), not from the grammar: a token it misses shows up.
//
//   node grammar-test.js SOURCE_DIR     (exit 0 pass, 1 fail, 77 packages missing)
'use strict';
const fs = require('fs');
const path = require('path');

let vsctm, oniguruma;
try {
  vsctm = require('vscode-textmate');
  oniguruma = require('vscode-oniguruma');
} catch (e) {
  console.log('skipped: vscode-textmate and vscode-oniguruma are not installed (run scripts/setup.sh): ' + e.message);
  process.exit(77);
}

const { lexemes, bundledFiles } = require('../../test/lexemes.js');

const GRAMMAR = path.join(__dirname, '..', 'syntaxes', 'kubus.tmLanguage.json');
const EXPECTED = {
  comment: ['comment.line.number-sign.kubus'],
  string: ['string.quoted.double.kubus'],
  number: ['constant.numeric.kubus'],
  unit: ['keyword.other.unit.kubus'],
  date: ['constant.numeric.date.kubus'],
  quarter: ['constant.numeric.quarter.kubus'],
  import: ['keyword.control.import.kubus'],
  rule: ['storage.type.rule.kubus'],
  kind: ['storage.type.kind.kubus'],
  clause: ['keyword.control.kubus', 'keyword.control.quantifier.kubus', 'keyword.operator.logical.kubus',
           'constant.language.none.kubus'],
  boolean: ['constant.language.boolean.kubus'],
};
// Brackets are plain: none of the scopes above.
const HIGHLIGHTED = new Set(Object.values(EXPECTED).flat());
async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) =>
      scope === 'source.kubus' ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null,
  });
  return registry.loadGrammar('source.kubus');
}

// The TextMate tokens of each line of `text`.
function tokenize(grammar, text) {
  let stack = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens;
  });
}

async function main() {
  const source = process.argv[2];
  if (!source) {
    console.error('usage: grammar-test.js SOURCE_DIR');
    process.exit(2);
  }
  const grammar = await loadGrammar();
  const counts = Object.fromEntries(Object.keys(EXPECTED).concat('bracket').map((k) => [k, 0]));
  const failures = [];
  const files = bundledFiles(source, path.join(__dirname, '..', '..', 'test', 'all-tokens.kubus'));
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const lines = tokenize(grammar, text);
    const rel = path.relative(source, file);
    for (const lx of lexemes(text)) {
      counts[lx.what]++;
      const want = EXPECTED[lx.what];
      const covering = lines[lx.line].filter((t) => t.startIndex < lx.end && t.endIndex > lx.start);
      const bad = want
        ? covering.find((t) => !t.scopes.some((s) => want.includes(s)))
        : covering.find((t) => t.scopes.some((s) => HIGHLIGHTED.has(s)));
      if (covering.length === 0 || bad) {
        const got = bad ? bad.scopes.join(' ') : 'no token';
        failures.push(`${rel}:${lx.line + 1}:${lx.start + 1}: ${lx.what} '${text.split('\n')[lx.line].slice(lx.start, lx.end)}' has scopes ${got}`);
      }
    }
  }
  const missing = Object.entries(counts).filter(([, n]) => n === 0).map(([k]) => k);
  for (const k of missing) failures.push(`no ${k} in any file: the test would not see it fail`);
  const summary = Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ');
  if (failures.length) {
    console.error(failures.slice(0, 40).join('\n'));
    console.error(`${failures.length} token(s) without their scope in ${files.length} files (${summary})`);
    process.exit(1);
  }
  console.log(`grammar: every token scoped in ${files.length} files (${summary})`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
