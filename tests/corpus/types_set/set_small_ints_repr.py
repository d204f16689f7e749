print({3, 1, 2}, set([4, 6, 0]), {7, 5}, set(range(5)))
print(set(), {0}, frozenset({2, 1}), {1, 1.0, True})
s = {x % 4 for x in range(20)}
print(s, sorted(s, reverse=True))
print({x * x for x in range(-2, 3)})
print(sorted({"pear", "apple", "fig"}), len({"a", "b", "a"}))
print(sorted(set("mississippi")), "".join(sorted(set("hello"))))
