"""Calls every method of many builtin objects with odd arguments.

Any "krait internal error" (a Rust panic turned into SystemError) is a bug;
the test prints each one and the count on the last line.
"""
import sys
samples = {
    "int": "5", "bool": "True", "float": "2.5", "complex": "1j", "str": "'abc'", "bytes": "b'abc'",
    "bytearray": "bytearray(b'abc')", "list": "[1, 2]", "tuple": "(1, 2)", "dict": "{1: 2}",
    "set": "{1, 2}", "frozenset": "frozenset({1})", "range": "range(3)", "slice": "slice(1, 2)",
    "object": "object()", "type": "int", "None": "None", "func": "(lambda x: x)", "gen": "(x for x in [1])",
    "exc": "ValueError('x')", "module": "__import__('math')", "prop": "property(lambda s: 1)",
    "dictkeys": "{1: 2}.keys()", "listiter": "iter([1, 2])", "map": "map(str, [1])", "zip": "zip([1], [2])",
    "enumerate": "enumerate([1])", "file": "open('/tmp/krait_builtin_sweep.txt', 'w+')", "code": "(lambda: 0).__code__",
    "cell": "(lambda: x for x in [1]).gi_frame", "sys": "__import__('sys')", "builtins": "__import__('builtins')",
    "time": "__import__('time')", "gc": "__import__('gc')", "cm": "classmethod(len)", "sm": "staticmethod(len)",
    "super": "super(int, 5)", "mappingproxy": "int.__dict__", "boundm": "[].append", "tb": "None",
}
argsets = [(), (1,), ('a',), (None,), (1, 2), ('a', 'b'), ([],), (1, 2, 3), (-1,), (10**20,), ({},), (b'x',), (2.5,), (1, 'a', None, 3), (int,), (object(),)]
bad = []
for name, expr in samples.items():
    obj = eval(expr)
    for attr in sorted(dir(obj)):
        if attr in ("__del__", "__init_subclass__", "exit", "quit", "_exit", "setrecursionlimit", "sleep", "input", "stdin", "__import__", "setswitchinterval", "exec", "eval", "compile", "open", "breakpoint", "help"):
            continue
        for args in argsets:
            obj = eval(expr)
            try:
                m = getattr(obj, attr)
                if callable(m):
                    m(*args)
            except SystemError as e:
                if "internal error" in str(e):
                    bad.append("%s.%s%r: %s" % (name, attr, args, e))
            except BaseException:
                pass
for b in bad:
    print(b)
print("sweep done", len(bad))
