"""JSON round trip: a serializer and a recursive-descent parser in Python.

DOCS nested documents (depth up to 6: dicts, lists, ints, floats with
up to 6 decimals and up to 10**20 in size, strings with escapes and control
characters, true/false/null) are made with `random.Random(99)`.  Each is
serialized compactly and with indent=2 (dispatch on `isinstance`, floats by
`repr`), parsed back by a `Parser` object reading the text character by
character, compared with the original, and parsed twice more in broken forms
(trailing garbage, cut in half) to raise and catch errors.  The program
prints the number of documents, a size total (values plus indented length),
a checksum of the first 200 characters of each compact text and the number
of errors caught.

Stresses: `isinstance` dispatch chains, recursion, str indexing char by char,
`in` on short strings, list append + `"".join`, dict building, `int()`/
`float()` parsing, `repr` of floats (shortest round-trip digits), escapes
with `%04x` and `chr(int(..., 16))`, raising and catching exceptions,
deep `==` of nested containers.

Usage: json_roundtrip.py [DOCS]   (default 600)
"""
import random
import sys
import time

ESC = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
UNESC = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "r": "\r", "/": "/"}


class JSONError(Exception):
    pass


def dump_str(s, out):
    out.append('"')
    for ch in s:
        e = ESC.get(ch)
        if e is not None:
            out.append(e)
        elif ch < " ":
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')


def dump(obj, out, indent=None, level=0):
    if obj is None:
        out.append("null")
    elif obj is True:
        out.append("true")
    elif obj is False:
        out.append("false")
    elif isinstance(obj, int):
        out.append(str(obj))
    elif isinstance(obj, float):
        out.append(repr(obj))
    elif isinstance(obj, str):
        dump_str(obj, out)
    elif isinstance(obj, (list, tuple)):
        if not obj:
            out.append("[]")
            return
        out.append("[")
        first = True
        for item in obj:
            if not first:
                out.append(",")
            first = False
            if indent is not None:
                out.append("\n" + " " * (indent * (level + 1)))
            dump(item, out, indent, level + 1)
        if indent is not None:
            out.append("\n" + " " * (indent * level))
        out.append("]")
    elif isinstance(obj, dict):
        if not obj:
            out.append("{}")
            return
        out.append("{")
        first = True
        for k, v in obj.items():
            if not first:
                out.append(",")
            first = False
            if indent is not None:
                out.append("\n" + " " * (indent * (level + 1)))
            dump_str(k, out)
            out.append(": " if indent is not None else ":")
            dump(v, out, indent, level + 1)
        if indent is not None:
            out.append("\n" + " " * (indent * level))
        out.append("}")
    else:
        raise TypeError("cannot serialize %r" % (obj,))


def dumps(obj, indent=None):
    out = []
    dump(obj, out, indent)
    return "".join(out)


WS = " \t\n\r"
NUMCH = "+-0123456789.eE"


class Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0
        self.n = len(text)

    def ws(self):
        s = self.s
        i = self.i
        while i < self.n and s[i] in WS:
            i += 1
        self.i = i

    def value(self):
        self.ws()
        if self.i >= self.n:
            raise JSONError("eof")
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if c == "t" and self.s.startswith("true", self.i):
            self.i += 4
            return True
        if c == "f" and self.s.startswith("false", self.i):
            self.i += 5
            return False
        if c == "n" and self.s.startswith("null", self.i):
            self.i += 4
            return None
        return self.number()

    def number(self):
        s = self.s
        j = self.i
        while j < self.n and s[j] in NUMCH:
            j += 1
        tok = s[self.i:j]
        if not tok:
            raise JSONError("bad char %r at %d" % (s[self.i], self.i))
        self.i = j
        if "." in tok or "e" in tok or "E" in tok:
            return float(tok)
        return int(tok)

    def string(self):
        s = self.s
        self.i += 1
        parts = []
        start = self.i
        while True:
            c = s[self.i]
            if c == '"':
                parts.append(s[start:self.i])
                self.i += 1
                return "".join(parts)
            if c == "\\":
                parts.append(s[start:self.i])
                e = s[self.i + 1]
                if e == "u":
                    parts.append(chr(int(s[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                else:
                    parts.append(UNESC[e])
                    self.i += 2
                start = self.i
            else:
                self.i += 1

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                raise JSONError("expected , or ] at %d" % (self.i - 1))

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            k = self.string()
            self.ws()
            if self.s[self.i] != ":":
                raise JSONError("expected : at %d" % self.i)
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                raise JSONError("expected , or } at %d" % (self.i - 1))


def loads(text):
    p = Parser(text)
    v = p.value()
    p.ws()
    if p.i != p.n:
        raise JSONError("trailing data at %d" % p.i)
    return v


NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


def gen(rng, depth):
    r = rng.random()
    if depth <= 0 or r < 0.3:
        k = rng.randint(0, 5)
        if k == 0:
            return rng.randint(-10**6, 10**6)
        if k == 1:
            return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
        if k == 2:
            return (rng.choice(NAMES) + ("\n\t\"q\"" if rng.random() < 0.1 else "")
                    + str(rng.randint(0, 99)))
        if k == 3:
            return rng.choice([True, False, None])
        if k == 4:
            return rng.random() * 10 ** rng.randint(-5, 20)
        return "".join(chr(rng.randint(32, 126)) for _ in range(rng.randint(0, 12)))
    if r < 0.65:
        return [gen(rng, depth - 1) for _ in range(rng.randint(0, 6))]
    return {rng.choice(NAMES) + str(i): gen(rng, depth - 1) for i in range(rng.randint(0, 6))}


def count(v):
    if isinstance(v, dict):
        return 1 + sum(count(x) for x in v.values())
    if isinstance(v, list):
        return 1 + sum(count(x) for x in v)
    return 1


def run(n):
    rng = random.Random(99)
    docs = [gen(rng, 6) for _ in range(n)]
    total = 0
    chk = 0
    errors = 0
    for d in docs:
        s = dumps(d)
        s2 = dumps(d, indent=2)
        back = loads(s)
        back2 = loads(s2)
        if back != d or back2 != d:
            raise AssertionError("roundtrip mismatch")
        total += count(back) + len(s2)
        for ch in s[:200]:
            chk = (chk * 33 + ord(ch)) % 1000000007
        try:
            loads(s + " x")
        except JSONError:
            errors += 1
        try:
            loads(s[: len(s) // 2])
        except (JSONError, IndexError, ValueError):
            errors += 1
    return total, chk, errors


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    total, chk, errors = run(n)
    print("documents:", n)
    print("size total:", total)
    print("text checksum:", chk)
    print("errors caught:", errors)


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
