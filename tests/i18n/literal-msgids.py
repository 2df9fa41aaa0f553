#!/usr/bin/env python3
"""Every msgid handed to tr, trc, trn, say or say_n in src/ is a string literal.

xgettext only finds literal msgids: a variable passed as a msgid is text no
catalogue can translate, and i18n-catalogue-complete would never see it. The
few wrappers that forward a literal their caller wrote are listed in ALLOWED.
Usage: literal-msgids.py SOURCE_DIR; prints each offending call, exits 1.
"""
import pathlib
import re
import sys

# Which arguments (0-based) of each function are msgids or contexts.
MSGID_ARGS = {"tr": (1,), "trc": (1, 2), "trn": (1, 2), "say": (1,), "say_n": (1, 2)}

# The wrappers: (file, argument) pairs where a parameter forwards the
# caller's literal, which xgettext finds at the call through its keyword.
ALLOWED = {
    ("src/i18n/catalogue.cpp", "msgid"),  # tr, trc and trn forward to Catalogues::installed()
    ("src/i18n/catalogue.cpp", "context"),
    ("src/i18n/catalogue.cpp", "singular"),
    ("src/i18n/catalogue.cpp", "plural"),
    ("src/report/view_parts.h", "msgid"),  # say and say_n, xgettext keywords themselves
    ("src/report/view_parts.h", "singular"),
    ("src/report/view_parts.h", "plural"),
}

CALL = re.compile(r"(?<![\w.>])(?:i18n::|view::|Catalogues::installed\(\)\.)?(tr|trc|trn|say|say_n)\s*\(")
LITERAL = re.compile(r'^(?:u8)?"(?:[^"\\]|\\.)*"(?:\s*(?:u8)?"(?:[^"\\]|\\.)*")*$', re.S)


def blank_comments(text):
    """The text with comments replaced by spaces (line breaks kept), strings untouched."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            delim = text[i + 2:text.find("(", i)]
            j = text.find(")" + delim + '"', i) + len(delim) + 2
            out.append(text[i:j])
            i = j
        elif text[i] in "\"'":
            quote, j = text[i], i + 1
            while j < n and text[j] != quote:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def arguments(text, start):
    """The top-level arguments of the call whose '(' is at start."""
    args, depth, i, begin = [], 0, start, start + 1
    while i < len(text):
        c = text[i]
        if c in "\"'":
            j = i + 1
            while j < len(text) and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            i = j
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                args.append(text[begin:i].strip())
                return args
        elif c == "," and depth == 1:
            args.append(text[begin:i].strip())
            begin = i + 1
        i += 1
    return args


def main(root):
    root = pathlib.Path(root)
    bad, used = [], set()
    for path in sorted(list(root.glob("src/**/*.cpp")) + list(root.glob("src/**/*.h"))):
        rel = path.relative_to(root).as_posix()
        text = blank_comments(path.read_text(encoding="utf-8"))
        for m in CALL.finditer(text):
            args = arguments(text, m.end() - 1)
            if args and re.match(r"^(kubus::)?Lang\s+\w+$", args[0]):
                continue  # a declaration or definition, not a call
            for k in MSGID_ARGS[m.group(1)]:
                if k >= len(args) or LITERAL.match(args[k]):
                    continue
                if (rel, args[k]) in ALLOWED:
                    used.add((rel, args[k]))
                else:
                    line = text.count("\n", 0, m.start()) + 1
                    bad.append(f"  {rel}:{line}: {m.group(1)}(…, {args[k]}, …)")
    bad += [f"  {f}: no wrapper forwards '{a}' any more: remove it from ALLOWED" for f, a in sorted(ALLOWED - used)]
    if bad:
        print("FAIL msgids that are not string literals (xgettext cannot find them; add the literal, or list a wrapper in tests/i18n/literal-msgids.py):")
        print("\n".join(bad))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
