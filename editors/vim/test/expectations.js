#!/usr/bin/env node
// The tokens of every bundled .kubus file and editors/test/all-tokens.kubus as
// JSON for check.vim: file, line and byte columns (1-based, end exclusive), what.
'use strict';
const fs = require('fs');
const path = require('path');
const { lexemes, bundledFiles } = require('../../test/lexemes.js');

const source = process.argv[2];
const out = [];
for (const file of bundledFiles(source, path.join(__dirname, '..', '..', 'test', 'all-tokens.kubus'))) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const bytes = (line, units) => Buffer.byteLength(lines[line].slice(0, units), 'utf8');
  for (const lx of lexemes(lines.join('\n')))
    out.push({ file, line: lx.line + 1, col: bytes(lx.line, lx.start) + 1, end: bytes(lx.line, lx.end) + 1, what: lx.what });
}
process.stdout.write(JSON.stringify(out));
