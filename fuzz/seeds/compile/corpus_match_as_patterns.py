def f(x):
    match x:
        case [int() as a, int() as b] as whole:
            return f"ints {a} {b} in {whole}"
        case {"k": [_, _] as pair}:
            return f"pair {pair}"
        case (1 | 2) as small:
            return f"small {small}"
        case str() as s:
            return f"string {s}"
        case _:
            return "other"
print(f([1, 2]))
print(f((3, 4)))
print(f({"k": ["a", "b"]}))
print(f(2))
print(f("s"))
print(f([1, "x"]))
