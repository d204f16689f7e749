pairs = [(1, "a"), (2, "b"), (3, "c")]
print([f"{n}{s}" for n, s in pairs])
print({s: n for n, s in pairs})
print([first for first, *_ in ["xyz", "ab"]])
print([rest for _, *rest in [(1, 2, 3), (4,)]])
nested = [((1, 2), 3), ((4, 5), 6)]
print([a + b + c for (a, b), c in nested])
print([(i, ch) for i, ch in enumerate("hey") if i != 1])
print(dict((v, k) for k, v in {"a": 1, "b": 2}.items()))
print([x for x, in [(1,), (2,)]])
