# Set membership: keys whose comparison runs no Python code are decided by
# an optimistic read; others (__eq__ in Python) take the locked path.
s = set()
print(1 in s, "a" in s, 1.0 in s)
s = {1, 2, "x", 3.5, (1, 2), frozenset({1})}
for v in [1, 1.0, True, 2, "x", "y", 3.5, (1, 2), (1, 3), frozenset({1}), {1}, 2**70]:
    try:
        print(repr(v), v in s)
    except TypeError as e:
        print("TypeError", e)
class K:
    def __hash__(self): return 1
    def __eq__(self, o): print("eq called"); return True
print(K() in {1, 2})
print(K() in {K()})
big = set(range(1000))
print(sum(1 for i in range(-10, 1010) if i in big))
