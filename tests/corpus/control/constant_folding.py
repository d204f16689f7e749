"""Constant folding as CPython 3.11's AST optimizer: which binary operations
on constants become one constant (seen in co_consts) and which are left to
run (too big, `%` on a str, `@`, or raising), with the same results."""
def f():
    return ("-" * 3, (1, 2) + (3,), 2 ** 10, 7 // 2, 7 % 3, 1 << 5, 0xff & 0x0f, 1.5 * 2,
            "ab" + "cd", b"x" * 3, (1,) * 3, -2 ** 2, 10 - 2 - 3, ("a", ("b",)) * 2, 2 ** -1, True + True)
consts = f.__code__.co_consts
print(f())
for v in ["---", (1, 2, 3), 1024, 3, 1, 32, 15, 3.0, "abcd", b"xxx", (1, 1, 1), -4, 5, ("a", ("b",), "a", ("b",)), 0.5, 2]:
    print(repr(v), v in consts)

def big():
    return ("a" * 4097, "a" * 4096, (1,) * 257, (1,) * 256, 2 ** 200, 2 ** 100, 1 << 200, 1 << 100, 10 ** 40,
            "%s!" % "x", ((1, 2, 3, 4),) * 250, -"a" * 0 if False else 0)
print([len(x) if isinstance(x, (str, tuple)) else x.bit_length() if isinstance(x, int) else x for x in big()])
bc = big.__code__.co_consts
print(["a" * 4097 in bc, "a" * 4096 in bc, (1,) * 257 in bc, (1,) * 256 in bc, 2 ** 200 in bc, 2 ** 100 in bc,
       1 << 200 in bc, 1 << 100 in bc, 10 ** 40 in bc, "x!" in bc, ((1, 2, 3, 4),) * 250 in bc])

def raising(k):
    if k == 0:
        return 1 / 0
    if k == 1:
        return "a" + 1
    if k == 2:
        return 1 << -1
    if k == 3:
        return (1, 2) @ (3, 4)
    return 2 ** 0.5
for k in range(5):
    try:
        print(raising(k))
    except Exception as e:
        print(type(e).__name__, e)
x = 3
print(x * 2 ** 3, (x + 1) * "ab", "=" * 20 + ">" + "-" * 3)
