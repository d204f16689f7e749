def f(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x},{y}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
for s in [[], [1], (1, 2), [1, 2, 3, 4], range(3)]:
    print(f(s))
def g(x):
    match x:
        case [0, *_]:
            return "starts with 0"
        case [*_, 9]:
            return "ends with 9"
        case [_, [a, b], _]:
            return f"nested {a} {b}"
        case _:
            return "no"
print(g([0, 5]), g([1, 9]), g([1, [2, 3], 4]), g([1, [2], 4]))
# strings are not matched as sequences
match "ab":
    case [a, b]:
        print("sequence")
    case str():
        print("string is not a sequence pattern")
match {"a": 1}:
    case [*_]:
        print("dict as sequence?")
    case _:
        print("dict is not a sequence")
