tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (1,),
    lambda: len(5),
    lambda: (lambda: None)()(),
    lambda: {}["key"],
    lambda: [1, 2][5],
    lambda: (1,)[-9],
    lambda: "abc"[10],
    lambda: int("12x"),
    lambda: float("abc"),
    lambda: undefined_name,
    lambda: (1).foo,
    lambda: "s".nope,
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1].remove(2),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: 5 < None,
    lambda: -"x",
    lambda: "x" * 1.5,
    lambda: int(None),
    lambda: iter(None),
    lambda: next(iter([])),
    lambda: chr(-1),
    lambda: object().x,
    lambda: type.mro(),
    lambda: "a".join([1]),
    lambda: (1, 2).index(3),
    lambda: divmod("a", 1),
    lambda: sum(["a"]),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
