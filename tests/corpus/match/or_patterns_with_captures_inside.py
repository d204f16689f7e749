# captures and wildcards nested inside alternatives are fine; only a bare one must be last
def f(v):
    match v:
        case [x, _] | (x, _, _):
            return ("seq", x)
        case {"k": x} | {"j": x}:
            return ("map", x)
        case 1 | 2 | (3 as x):
            return ("num", v)
        case str() | bytes() as x:
            return ("text", x)
        case 0 | _:
            return ("other", v)

for v in ([1, 2], (4, 5, 6), {"k": 1}, {"j": 2}, 2, 3, "s", b"b", None, 0):
    print(f(v))
