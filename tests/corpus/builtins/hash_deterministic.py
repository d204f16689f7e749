print(hash(0), hash(1), hash(-1), hash(-2), hash(12345))
print(hash(2**61 - 1), hash(2**61), hash(2**64), hash(-(2**61)))
print(hash(True), hash(False), hash(None) == hash(None))
print(hash(1.0) == hash(1), hash(1.5), hash(-0.5), hash(0.0), hash(-0.0))
print(hash(float("inf")), hash(float("-inf")))
print(hash(1e100))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(1 + 0j) == hash(1), hash(2j))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
