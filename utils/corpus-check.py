#!/usr/bin/env python3
"""Run pyr-lex and pyr-parse over a corpus of real Python files.

Every .py file under the given directories (by default CPython 3.11's
standard library and its test suite) is fed to pyr-lex and to pyr-parse,
each under a timeout. Each outcome is classified:

  ok                   exit status 0
  refused-unsupported  exit status 1 with "... is not supported yet"
                       (valid Python that pyr does not handle yet)
  expected-error       exit status 1 on a file the oracle CPython cannot
                       compile either (the test suite has deliberately
                       invalid files)
  other-error          exit status 1 on a file CPython compiles: a bug
  accepted-invalid     pyr-parse exit status 0 on a file CPython's parser
                       (ast.parse) refuses: a bug
  crash                killed by a signal or exit status >= 128: a bug
  hang                 still running after --timeout seconds: a bug

The oracle is --python (CPython 3.11), run once over all files: a file is
valid when compile() accepts it, and parses when ast.parse() accepts it.

Most files are refused early (an 'import' on the first lines), so with
--ast the script also checks the trees pyr-parse builds: it takes every
function definition, 'if' and 'while' statement of every file whose
subtree uses only what pyr supports, feeds its source lines to pyr-parse,
and compares the output with the same dump made from CPython's ast
(positions included). A fragment is then same, differ, nfkc (differs only
in names CPython normalizes to NFKC form, which pyr does not do),
refused-unsupported or error. differ and error are bugs. --ast needs this
script to run under CPython 3.11 itself.

Prints the counts and lists every case in a bug category (every case with
-v). Exit status: 0 when no bug was seen, 1 otherwise.

Usage: corpus-check.py [--build DIR] [--python PY] [-j N] [--ast]
                       [DIR|FILE ...]

Standard library only.
"""
import argparse
import ast
import collections
import concurrent.futures
import json
import os
import subprocess
import sys
import unicodedata

DEFAULT_DIRS = [
    "/usr/lib/python3.11",
    "/root/.pyenv/versions/3.11.7/lib/python3.11/test",
]
BUG_CATEGORIES = ("other-error", "accepted-invalid", "crash", "hang")
CATEGORIES = ("ok", "refused-unsupported", "expected-error") + BUG_CATEGORIES

# For each path named on stdin (one JSON list) prints, as JSON, a map from
# path to [compile, parse]: null when compile() (respectively ast.parse(),
# which stops before the symbol table and code generation) accepts the file,
# else "ExcType: message (line N)".
ORACLE_SCRIPT = r"""
import ast, json, sys, warnings
warnings.simplefilter("ignore")
def attempt(fn, src, path):
    try:
        fn(src, path)
        return None
    except (SyntaxError, ValueError) as e:
        return "%s: %s (line %s)" % (type(e).__name__,
                                     getattr(e, "msg", str(e)),
                                     getattr(e, "lineno", "?"))
    except Exception as e:  # recursion limits, memory
        return "%s: %s" % (type(e).__name__, e)
out = {}
for path in json.load(sys.stdin):
    with open(path, "rb") as f:
        src = f.read()
    out[path] = [
        attempt(lambda s, p: compile(s, p, "exec", dont_inherit=True),
                src, path),
        attempt(lambda s, p: ast.parse(s, p), src, path)]
json.dump(out, sys.stdout)
"""


def collect(paths):
    files = []
    for p in paths:
        if os.path.isfile(p):
            files.append(p)
            continue
        for root, dirs, names in os.walk(p):
            dirs.sort()
            for n in sorted(names):
                if n.endswith(".py"):
                    files.append(os.path.join(root, n))
    return files


def run_tool(tool, path, timeout, stdin=None):
    """Return (status, first diagnostic line, stdout)."""
    try:
        proc = subprocess.run([tool, "-" if stdin is not None else path],
                              input=stdin, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "hang", "timed out after %gs" % timeout, b""
    err = proc.stderr.decode("utf-8", "replace").splitlines()
    first = err[0] if err else ""
    rc = proc.returncode
    if rc == 0:
        return "ok", "", proc.stdout
    if rc < 0 or rc >= 128:
        return "crash", "exit status %d %s" % (rc, first), b""
    if "is not supported yet" in first:
        return "unsupported", first, b""
    return "error", first, b""


def ask_oracle(python, files):
    if not files:
        return {}
    proc = subprocess.run([python, "-S", "-E", "-c", ORACLE_SCRIPT],
                          input=json.dumps(files).encode(),
                          stdout=subprocess.PIPE, check=True)
    return json.loads(proc.stdout)


#===------------------------------------------------------------------------===#
# Tree comparison (--ast): CPython's ast in pyr-parse's dump format.
#===------------------------------------------------------------------------===#

SUPPORTED = (
    ast.Module, ast.FunctionDef, ast.Return, ast.Assign, ast.AugAssign,
    ast.Expr, ast.If, ast.While, ast.Pass, ast.Break, ast.Continue,
    ast.Global, ast.Nonlocal, ast.Delete, ast.Assert, ast.Name, ast.Constant,
    ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare, ast.Call, ast.IfExp,
    ast.Lambda, ast.NamedExpr, ast.Attribute, ast.Subscript, ast.Slice,
    ast.Starred, ast.Tuple, ast.List, ast.Set, ast.Dict, ast.expr_context,
    ast.operator, ast.unaryop, ast.cmpop, ast.boolop, ast.arguments, ast.arg,
    ast.keyword)
OPS = {ast.Add: "Add", ast.Sub: "Sub", ast.Mult: "Mult",
       ast.MatMult: "MatMult", ast.Div: "Div", ast.FloorDiv: "FloorDiv",
       ast.Mod: "Mod", ast.Pow: "Pow", ast.LShift: "LShift",
       ast.RShift: "RShift", ast.BitOr: "BitOr", ast.BitXor: "BitXor",
       ast.BitAnd: "BitAnd", ast.Invert: "Invert", ast.Not: "Not",
       ast.UAdd: "UAdd", ast.USub: "USub", ast.Eq: "Eq", ast.NotEq: "NotEq",
       ast.Lt: "Lt", ast.LtE: "LtE", ast.Gt: "Gt", ast.GtE: "GtE",
       ast.Is: "Is", ast.IsNot: "IsNot", ast.In: "In", ast.NotIn: "NotIn"}


def supported(node):
    for n in ast.walk(node):
        if not isinstance(n, SUPPORTED):
            return False
        if isinstance(n, ast.FunctionDef) and n.decorator_list:
            return False
        if isinstance(n, ast.Assign) and n.type_comment:
            return False
    return True


def quoted(data):
    """llvm::raw_ostream::write_escaped between single quotes."""
    out = []
    for c in data:
        if c == 0x5C:
            out.append("\\\\")
        elif c == 9:
            out.append("\\t")
        elif c == 10:
            out.append("\\n")
        elif c == 0x22:
            out.append('\\"')
        elif 0x20 <= c < 0x7F:
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    return "'" + "".join(out) + "'"


def name(s):
    return quoted(s.encode("utf-8"))


class Dumper:
    """Prints a CPython ast the way lib/Parse/ASTDumper.cpp prints pyr's."""

    def __init__(self, src):
        self.src = src
        self.out = []

    def pos(self, n):
        return " <%d:%d>" % (n.lineno, n.col_offset + 1)

    @staticmethod
    def ctx(c):
        return ("" if isinstance(c, ast.Load) else
                " store" if isinstance(c, ast.Store) else " del")

    def w(self, ind, s):
        self.out.append("  " * ind + s)

    @staticmethod
    def params(a):
        s = " (" + ", ".join(
            x.arg for x in a.posonlyargs + a.args + a.kwonlyargs) + ")"
        if a.posonlyargs:
            s += " posonly"
        if a.vararg:
            s += " varargs"
        if a.kwonlyargs and not a.vararg:
            s += " kwonly"
        if a.kwarg:
            s += " varkw"
        return s

    @staticmethod
    def defaults(a):
        pos = a.posonlyargs + a.args
        res = list(zip([p.arg for p in pos[len(pos) - len(a.defaults):]],
                       a.defaults))
        res += [(p.arg, d) for p, d in zip(a.kwonlyargs, a.kw_defaults)
                if d is not None]
        return res

    def constant(self, n):
        v = n.value
        if v is None or v is True or v is False:
            return str(v)
        if v is Ellipsis:
            return "Ellipsis"
        spelling = ast.get_source_segment(self.src, n)
        if isinstance(v, int):
            if v > 2**63 - 1:
                return "int " + spelling.replace("_", "")
            return "int %d" % v
        if isinstance(v, float):
            return "float " + spelling
        if isinstance(v, complex):
            return "imaginary " + spelling
        if isinstance(v, str):
            return "str " + quoted(v.encode("utf-8", "surrogatepass"))
        return "bytes " + quoted(v)

    def expr(self, n, ind):
        t = type(n)
        p = self.pos(n)
        if t is ast.Name:
            self.w(ind, "Name " + name(n.id) + self.ctx(n.ctx) + p)
        elif t is ast.Constant:
            self.w(ind, "Constant " + self.constant(n) + p)
        elif t is ast.BinOp:
            self.w(ind, "BinOp " + OPS[type(n.op)] + p)
            self.expr(n.left, ind + 1)
            self.expr(n.right, ind + 1)
        elif t is ast.UnaryOp:
            self.w(ind, "UnaryOp " + OPS[type(n.op)] + p)
            self.expr(n.operand, ind + 1)
        elif t is ast.BoolOp:
            self.w(ind, "BoolOp " +
                   ("And" if isinstance(n.op, ast.And) else "Or") + p)
            for v in n.values:
                self.expr(v, ind + 1)
        elif t is ast.Compare:
            self.w(ind, "Compare " + " ".join(OPS[type(o)] for o in n.ops) + p)
            self.expr(n.left, ind + 1)
            for v in n.comparators:
                self.expr(v, ind + 1)
        elif t is ast.Call:
            self.w(ind, "Call" + p)
            self.expr(n.func, ind + 1)
            for a in n.args:
                self.expr(a, ind + 1)
            for k in n.keywords:
                self.w(ind + 1, "keyword %s%s" % (k.arg or "**", self.pos(k)))
                self.expr(k.value, ind + 2)
        elif t is ast.IfExp:
            self.w(ind, "IfExp" + p)
            for v in (n.test, n.body, n.orelse):
                self.expr(v, ind + 1)
        elif t is ast.Lambda:
            self.w(ind, "Lambda" + self.params(n.args) + p)
            for _, d in self.defaults(n.args):
                self.expr(d, ind + 1)
            self.expr(n.body, ind + 1)
        elif t is ast.NamedExpr:
            self.w(ind, "NamedExpr" + p)
            self.expr(n.target, ind + 1)
            self.expr(n.value, ind + 1)
        elif t is ast.Attribute:
            self.w(ind, "Attribute " + name(n.attr) + self.ctx(n.ctx) + p)
            self.expr(n.value, ind + 1)
        elif t is ast.Subscript:
            self.w(ind, "Subscript" + self.ctx(n.ctx) + p)
            self.expr(n.value, ind + 1)
            self.expr(n.slice, ind + 1)
        elif t is ast.Slice:
            self.w(ind, "Slice" + p)
            for v in (n.lower, n.upper, n.step):
                if v is None:
                    self.w(ind + 1, "<none>")
                else:
                    self.expr(v, ind + 1)
        elif t is ast.Starred:
            self.w(ind, "Starred" + self.ctx(n.ctx) + p)
            self.expr(n.value, ind + 1)
        elif t in (ast.Tuple, ast.List, ast.Set):
            self.w(ind, t.__name__ + self.ctx(getattr(n, "ctx", ast.Load())) +
                   p)
            for v in n.elts:
                self.expr(v, ind + 1)
        elif t is ast.Dict:
            self.w(ind, "Dict" + p)
            for k, v in zip(n.keys, n.values):
                if k is None:
                    self.w(ind + 1, "**")
                else:
                    self.expr(k, ind + 1)
                self.expr(v, ind + 1)
        else:
            raise ValueError(t.__name__)

    def stmt(self, n, ind):
        t = type(n)
        p = self.pos(n)
        if t is ast.FunctionDef:
            self.w(ind, "FunctionDef " + name(n.name) + self.params(n.args) +
                   p)
            for arg, d in self.defaults(n.args):
                self.w(ind + 1, "default %s:" % arg)
                self.expr(d, ind + 2)
            for s in n.body:
                self.stmt(s, ind + 1)
        elif t is ast.Return:
            self.w(ind, "Return" + p)
            if n.value:
                self.expr(n.value, ind + 1)
        elif t is ast.Assign:
            self.w(ind, "Assign" + p)
            for v in n.targets + [n.value]:
                self.expr(v, ind + 1)
        elif t is ast.AugAssign:
            self.w(ind, "AugAssign " + OPS[type(n.op)] + p)
            self.expr(n.target, ind + 1)
            self.expr(n.value, ind + 1)
        elif t is ast.Expr:
            self.w(ind, "ExprStmt" + p)
            self.expr(n.value, ind + 1)
        elif t in (ast.If, ast.While):
            self.w(ind, t.__name__ + p)
            self.expr(n.test, ind + 1)
            self.w(ind + 1, "body:")
            for s in n.body:
                self.stmt(s, ind + 2)
            if n.orelse:
                self.w(ind + 1, "orelse:")
                for s in n.orelse:
                    self.stmt(s, ind + 2)
        elif t in (ast.Pass, ast.Break, ast.Continue):
            self.w(ind, t.__name__ + p)
        elif t in (ast.Global, ast.Nonlocal):
            self.w(ind, t.__name__ + "".join(" " + x for x in n.names) + p)
        elif t is ast.Delete:
            self.w(ind, "Del" + p)
            for v in n.targets:
                self.expr(v, ind + 1)
        elif t is ast.Assert:
            self.w(ind, "Assert" + p)
            self.expr(n.test, ind + 1)
            if n.msg:
                self.expr(n.msg, ind + 1)
        else:
            raise ValueError(t.__name__)


def fragments(path):
    """Source of each supported def, if and while in the file. One that is
    not at column 0 is put under 'if 1:' so that it keeps its indentation;
    elif branches (which start with 'elif') are left out."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
        src = raw.decode("utf-8")
        tree = ast.parse(raw)
    except (SyntaxError, ValueError, UnicodeDecodeError):
        return
    if "\r" in src:
        return
    lines = src.split("\n")
    for n in ast.walk(tree):
        if not isinstance(n, (ast.FunctionDef, ast.If, ast.While)):
            continue
        if not supported(n) or lines[n.lineno - 1].lstrip().startswith("elif"):
            continue
        text = "\n".join(lines[n.lineno - 1:n.end_lineno]) + "\n"
        if "\\N{" in text:
            continue
        yield n.lineno, ("if 1:\n" + text) if n.col_offset else text


def expected_dump(text):
    tree = ast.parse(text)
    d = Dumper(text)
    d.w(0, "Module <1:1>")
    for s in tree.body:
        d.stmt(s, 1)
    return d.out


def compare_fragment(tool, text, timeout):
    status, msg, out = run_tool(tool, None, timeout, stdin=text.encode())
    if status == "unsupported":
        return "refused-unsupported", msg
    if status != "ok":
        return status if status in ("crash", "hang") else "error", msg
    got = out.decode("utf-8").rstrip("\n").split("\n")
    want = expected_dump(text)
    if got == want:
        return "same", ""
    if len(got) == len(want):
        diffs = [(g, w) for g, w in zip(got, want) if g != w]
        if all(nfkc_only(g, w) for g, w in diffs):
            return "nfkc", "%s / %s" % diffs[0]
    for i, (g, w) in enumerate(zip(got, want)):
        if g != w:
            return "differ", "line %d: pyr %r, CPython %r" % (i + 1, g, w)
    return "differ", "%d lines, CPython %d" % (len(got), len(want))


def unquote(text):
    """The bytes that quoted() wrote as text (without the quotes)."""
    out, i = bytearray(), 0
    while i < len(text):
        if text[i] != "\\":
            out += text[i].encode("utf-8")
            i += 1
        elif text[i + 1] in "\\\"tn":
            out.append({"t": 9, "n": 10}.get(text[i + 1], ord(text[i + 1])))
            i += 2
        else:
            out.append(int(text[i + 1:i + 4], 8))
            i += 4
    return bytes(out)


def nfkc_only(got, want):
    """Whether two dump lines differ only in a name that CPython stores
    NFKC-normalized."""
    if got.count("'") < 2:
        return False
    a, b = got.index("'"), got.rindex("'")
    text = unquote(got[a + 1:b]).decode("utf-8", "replace")
    return got[:a] + name(unicodedata.normalize("NFKC", text)) + \
        got[b + 1:] == want


def ast_check(parse_tool, files, jobs, timeout, verbose):
    if sys.version_info[:2] != (3, 11):
        sys.exit("corpus-check: --ast needs CPython 3.11 to run this script")
    seen, work = set(), []
    for f in files:
        for lineno, text in fragments(f):
            if text not in seen:
                seen.add(text)
                work.append(("%s:%d" % (f, lineno), text))
    counts = collections.Counter()
    bugs = 0
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        results = pool.map(
            lambda w: (w[0],) + compare_fragment(parse_tool, w[1], timeout),
            work)
        for where, cat, msg in results:
            counts[cat] += 1
            bug = cat not in ("same", "nfkc", "refused-unsupported")
            bugs += bug
            if bug or verbose:
                print("ast %s: %s: %s" % (cat, where, msg))
    print("ast:       %d fragments: %s" % (len(work), ", ".join(
        "%s %d" % (c, counts[c]) for c in ("same", "nfkc",
                                           "refused-unsupported", "differ",
                                           "error", "crash", "hang"))))
    return bugs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=os.path.join(here, "..", "build"),
                    help="build directory holding bin/pyr-lex and "
                         "bin/pyr-parse (default: %(default)s)")
    ap.add_argument("--python", default="/usr/bin/python3",
                    help="the CPython 3.11 oracle (default: %(default)s)")
    ap.add_argument("--timeout", type=float, default=10,
                    help="seconds per tool run (default: %(default)s)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--ast", action="store_true",
                    help="also compare pyr-parse's trees of fragments with "
                         "CPython's ast")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list the files of every category")
    ap.add_argument("paths", nargs="*", default=DEFAULT_DIRS)
    args = ap.parse_args()

    tools = {n: os.path.join(args.build, "bin", n)
             for n in ("pyr-lex", "pyr-parse")}
    for tool in tools.values():
        if not os.access(tool, os.X_OK):
            sys.exit("corpus-check: cannot run %s" % tool)
    files = collect(args.paths)
    if not files:
        sys.exit("corpus-check: no .py files found")

    raw = {}  # (tool, path) -> (status, message)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futs = {pool.submit(run_tool, tool, f, args.timeout): (n, f)
                for n, tool in tools.items() for f in files}
        for fut in concurrent.futures.as_completed(futs):
            raw[futs[fut]] = fut.result()[:2]

    # The oracle sees every file once, in one process.
    oracle = ask_oracle(args.python, files)

    results = {n: {c: [] for c in CATEGORIES} for n in tools}
    for (n, f), (status, msg) in raw.items():
        compile_err, parse_err = oracle[f]
        valid = compile_err is None
        if status == "ok":
            cat = "ok"
            if parse_err is not None and n == "pyr-parse":
                cat, msg = "accepted-invalid", "CPython: " + parse_err
        elif status in ("crash", "hang"):
            cat = status
        elif status == "unsupported":
            cat = "refused-unsupported" if valid else "expected-error"
        else:
            cat = "other-error" if valid else "expected-error"
        results[n][cat].append((f, msg))

    bugs = 0
    print("%d files" % len(files))
    for n in tools:
        print("%-10s %s" % (n + ":", ", ".join(
            "%s %d" % (c, len(results[n][c])) for c in CATEGORIES)))
    for n in tools:
        for cat in CATEGORIES:
            if cat not in BUG_CATEGORIES and not args.verbose:
                continue
            for f, msg in sorted(results[n][cat]):
                print("%s %s: %s: %s" % (n, cat, f, msg))
            if cat in BUG_CATEGORIES:
                bugs += len(results[n][cat])
    if args.ast:
        bugs += ast_check(tools["pyr-parse"], files, args.jobs, args.timeout,
                          args.verbose)
    return 1 if bugs else 0


if __name__ == "__main__":
    sys.exit(main())
