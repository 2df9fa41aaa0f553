// What each token of a .kubus file is, read from docs/language.md §2 (and §3,
// §8 for `use`, declarations and rules) independently of any editor grammar:
// the editors' highlighting tests check their grammars against it.
'use strict';
const fs = require('fs');
const path = require('path');

const CLAUSE = new Set(['for', 'in', 'where', 'expect', 'and', 'or', 'not', 'none', 'is', 'all', 'any', 'no']);
const KEYWORDS = new Set([...CLAUSE, 'use', 'rule', 'true', 'false']);

// The lexemes of a file with what they are: [{line, start, end, what}] (start
// and end in UTF-16 units of the line, as editors and vscode-textmate count).
// A `bracket` must get none of the other classes' highlighting.
function lexemes(text) {
  const out = [];
  const lines = text.split('\n');
  let depth = 0;             // { [ ( open
  let inRule = false;        // inside a top-level `rule` declaration
  let stmtStart = true;      // the next name at depth 0 starts a statement
  let prev = null;           // the previous token {type, line, text}
  const isDigit = (c) => c >= '0' && c <= '9';
  const isLetter = (c) => /[A-Za-z_]/.test(c);
  const isWord = (c) => /[A-Za-z0-9_-]/.test(c);
  lines.forEach((line, ln) => {
    let i = 0;
    if (depth === 0) stmtStart = true;
    const firstOnLine = () => prev === null || prev.line < ln;
    while (i < line.length) {
      const c = line[i];
      if (/\s/.test(c)) { i++; continue; }
      const start = i;
      let type;
      if (c === '#') {
        i = line.length;
        out.push({ line: ln, start, end: i, what: 'comment' });
        continue;
      } else if (c === '"') {
        i++;
        while (i < line.length && line[i] !== '"') i += line[i] === '\\' ? 2 : 1;
        i = Math.min(i + 1, line.length);
        out.push({ line: ln, start, end: i, what: 'string' });
        type = 'string';
      } else if (isDigit(c)) {
        const m = /^\d{4}-Q[1-4]/.exec(line.slice(i)) || /^\d{4}-\d{2}-\d{2}/.exec(line.slice(i));
        if (m) {
          i += m[0].length;
          type = m[0].includes('Q') ? 'quarter' : 'date';
        } else {
          const n = /^\d(?:_?\d)*(?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?/.exec(line.slice(i));
          i += n[0].length;
          type = 'number';
        }
        out.push({ line: ln, start, end: i, what: type });
      } else if (isLetter(c)) {
        while (i < line.length && isWord(line[i])) i++;
        while (line[i - 1] === '-') i--;
        const word = line.slice(start, i);
        const afterDot = prev && prev.text === '.' && prev.line === ln;
        const keyAtLineStart = firstOnLine() && /^\s*:/.test(line.slice(i));
        if (prev && prev.type === 'number' && prev.line === ln && !KEYWORDS.has(word)) {
          out.push({ line: ln, start, end: i, what: 'unit' });
        } else if (depth === 0 && stmtStart) {
          const what = word === 'use' ? 'import' : word === 'rule' ? 'rule' : 'kind';
          if (what !== 'kind' || /^\s+[A-Za-z_]/.test(line.slice(i))) out.push({ line: ln, start, end: i, what });
          inRule = word === 'rule';
          stmtStart = false;
        } else if (word === 'true' || word === 'false') {
          if (!afterDot) out.push({ line: ln, start, end: i, what: 'boolean' });
        } else if (inRule && depth > 0 && CLAUSE.has(word) && !afterDot && !keyAtLineStart) {
          out.push({ line: ln, start, end: i, what: 'clause' });
        }
        type = 'name';
      } else if (c === '/' && isLetter(line[i + 1] || '')) {
        i++;
        while (i < line.length && isLetter(line[i])) i++;
        if (prev && prev.type === 'number' && prev.line === ln) out.push({ line: ln, start, end: i, what: 'unit' });
        type = 'per';
      } else {
        i += line.startsWith('->', i) || /^[=!<>]=/.test(line.slice(i)) ? 2 : 1;
        if (c === '{' || c === '[' || c === '(') depth++;
        if (c === '}' || c === ']' || c === ')') {
          depth = Math.max(0, depth - 1);
          if (depth === 0) { inRule = false; stmtStart = true; }
        }
        if (c === '%' && prev && prev.type === 'number' && prev.line === ln) out.push({ line: ln, start, end: i, what: 'unit' });
        if ('{}[]()'.includes(c)) out.push({ line: ln, start, end: i, what: 'bracket' });
        type = 'punct';
      }
      prev = { type, line: ln, text: line.slice(start, i) };
    }
  });
  return out;
}

// Every bundled .kubus file (examples/, assessments/, rules/), then `extra`.
function bundledFiles(source, ...extra) {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.kubus')) out.push(p);
    }
  };
  for (const d of ['examples', 'assessments', 'rules']) walk(path.join(source, d));
  return out.concat(extra);
}

module.exports = { lexemes, bundledFiles };
