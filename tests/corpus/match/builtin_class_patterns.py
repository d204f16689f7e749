def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int():
            return "int"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict():
            return "dict"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case _:
            return "other " + type(v).__name__
for v in [True, 500, 5, 1.5, "", "hi", [9, 8], {}, (1, 2), (1, 2, 3), None]:
    print(kind(v))
