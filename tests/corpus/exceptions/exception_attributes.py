try:
    {"a": 1}["b"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    [][3]
except IndexError as e:
    print(e.args, str(e))
try:
    int("xyz")
except ValueError as e:
    print(e.args)
try:
    open("no_such_file_krait_corpus.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, type(e).__name__)
try:
    raise SystemExit(4)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise StopIteration(42)
except StopIteration as e:
    print("value", e.value)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
e = KeyError("a", "b")
print(str(e), e.args)
print(str(KeyError("")), repr(str(KeyError())))
try:
    import no_such_module_krait
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    x = None
    x.foo
except AttributeError as e:
    print(e, e.name, e.obj)
