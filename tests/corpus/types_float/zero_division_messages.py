cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1 // 0", lambda: 1 // 0),
    ("1.0 // 0", lambda: 1.0 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.5 % 0", lambda: 1.5 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -2", lambda: 0.0 ** -2),
    ("10**30 / 0", lambda: 10**30 / 0),
    ("1j / 0", lambda: 1j / 0),
]
for label, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(label, "->", e)
print(issubclass(ZeroDivisionError, ArithmeticError))
