#!/usr/bin/python3
"""The benchmark peer of `kubus check`: a regex tokenizer over the same files.

It splits each file into the Kubus language's tokens (identifiers, keywords,
numbers, strings, comments, arrows and punctuation; LANGUAGE.md §1) with one
compiled regular expression and re.findall, which runs in the regex engine's C
code; it counts the tokens and reports the first character no token matches,
with its line and column. It checks nothing else: kubus check also parses,
resolves and type-checks, so the ratio is an upper bound of what tokenizing costs.

Usage: tokens.py FILE...
"""
import re
import sys

TOKEN = re.compile(r"""
    [ \t\r\n]+                      # blanks: skipped by the group below being empty
  | (\#[^\n]*                       # comment
  | "(?:[^"\\\n]|\\.)*"             # string
  | [0-9]+(?:\.[0-9]+)?             # number
  | [A-Za-z_][A-Za-z0-9_-]*         # identifier or keyword
  | ->|<=|>=|==|!=                  # two-character operators
  | [{}\[\]:,.()<>+*/%-]            # punctuation
  | .)                              # anything else: an error
""", re.X | re.S)
PUNCT = set("{}[]:,.()<>+*/%-#\"0123456789_") | set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def main(paths):
    total = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        tokens = [t for t in TOKEN.findall(text) if t]
        total += len(tokens)
        bad = next((t for t in tokens if len(t) == 1 and t not in PUNCT), None)
        if bad is not None:
            offset = text.index(bad)
            line = text.count("\n", 0, offset) + 1
            column = offset - (text.rfind("\n", 0, offset) + 1) + 1
            print(f"{path}:{line}:{column}: unexpected character {bad!r}", file=sys.stderr)
            return 1
    print(f"{len(paths)} file(s), {total} tokens")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
