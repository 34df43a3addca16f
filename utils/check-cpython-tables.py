#!/usr/bin/python3
"""Checks the tables pyr copies from CPython against the running CPython
(run it with /usr/bin/python3, CPython 3.11):

- lib/Lex/CharInfo.cpp's identifier and printable tables against
  str.isidentifier() and str.isprintable(), code point for code point;
- include/pyr/VM/CPythonNames.def against the builtins module's and a
  script's __main__ module's dictionaries, in order;
- include/pyr/VM/CPythonAttrs.def against dir() of each builtin type;
- lib/VM/UnicodeCase.inc against what utils/gen-unicode-case.py prints;
- lib/Lex/UnicodeNames.inc against what utils/gen-unicode-names.py prints.

Exit status 0 when all match; 1 and the first differences otherwise."""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SRC = os.path.join(ROOT, "lib", "Lex", "CharInfo.cpp")
NAMES = os.path.join(ROOT, "include", "pyr", "VM", "CPythonNames.def")


def table(src, name):
    body = src.split(name + "[] = {")[1].split("};")[0]
    return [(int(a, 16), int(b, 16))
            for a, b in re.findall(r"\{0x([0-9A-F]+), 0x([0-9A-F]+)\}", body)]


def ranges(pred, lo=0x80):
    """The code point ranges from lo up where pred holds, as (first, last)."""
    out, start = [], None
    for c in range(lo, 0x110000):
        if pred(c):
            if start is None:
                start = c
        elif start is not None:
            out.append((start, c - 1))
            start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return out


def main():
    src = open(SRC, encoding="utf-8").read()
    want = {
        "XIDStart": ranges(lambda c: chr(c).isidentifier()),
        "XIDContinueOnly": ranges(lambda c: ("a" + chr(c)).isidentifier()
                                  and not chr(c).isidentifier()),
        "NonPrintable": ranges(lambda c: not chr(c).isprintable()),
    }
    ok = True
    for name, expected in want.items():
        got = table(src, name)
        if got != expected:
            ok = False
            diff = sorted(set(got) ^ set(expected))[:5]
            print(f"{name}: differs from CPython {sys.version.split()[0]}: {diff}")
        else:
            print(f"{name}: {len(got)} ranges match")
    import subprocess
    import tempfile
    defs = open(NAMES, encoding="utf-8").read()
    # What `python3 FILE` sees: builtins (site included) and the module's
    # own dictionary before the script binds anything.
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write("print(' '.join(globals()))\n"
                "import builtins\n"
                "print(' '.join(builtins.__dict__))\n")
    out = subprocess.run([sys.executable, f.name], capture_output=True,
                         text=True).stdout.split("\n")
    os.unlink(f.name)
    module, builtin_names = out[0].split(), out[1].split()
    for macro, expected in (("CPYTHON_BUILTIN", builtin_names),
                            ("MODULE_ATTR", module)):
        got = re.findall(r"^%s\((\w+)\)$" % macro, defs, re.M)
        if got != expected:
            ok = False
            print(f"{macro}: differs from CPython {sys.version.split()[0]}")
        else:
            print(f"{macro}: {len(got)} names match")
    # The attribute tables are generated: they must be what the generator
    # prints now.
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import importlib
    gen = importlib.import_module("gen-cpython-attrs")
    attrs = os.path.join(ROOT, "include", "pyr", "VM", "CPythonAttrs.def")
    if open(attrs, encoding="utf-8").read() != gen.generate():
        ok = False
        print("TYPE_ATTRS: differs from CPython %s (rerun "
              "utils/gen-cpython-attrs.py)" % sys.version.split()[0])
    else:
        print("TYPE_ATTRS: %d types match" % len(gen.SAMPLES))
    case_gen = os.path.join(ROOT, "utils", "gen-unicode-case.py")
    case_inc = os.path.join(ROOT, "lib", "VM", "UnicodeCase.inc")
    fresh = subprocess.run([sys.executable, case_gen], capture_output=True,
                           text=True).stdout
    if open(case_inc, encoding="utf-8").read() != fresh:
        ok = False
        print("UNICODE_CASE: differs from CPython %s (rerun "
              "utils/gen-unicode-case.py)" % sys.version.split()[0])
    else:
        print("UNICODE_CASE: tables match")
    names_gen = importlib.import_module("gen-unicode-names")
    names_inc = os.path.join(ROOT, "lib", "Lex", "UnicodeNames.inc")
    if open(names_inc, encoding="utf-8").read() != names_gen.generate():
        ok = False
        print("UNICODE_NAMES: differs from CPython %s (rerun "
              "utils/gen-unicode-names.py)" % sys.version.split()[0])
    else:
        print("UNICODE_NAMES: table matches")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
