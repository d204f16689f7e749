class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
lst = list("abcdef")
print(lst[i], lst[Idx(-1)], lst[i:Idx(4)], "xyz"[Idx(0)])
print(range(10)[i], list(range(Idx(3))), bin(Idx(5)), hex(i), oct(Idx(8)))
print([1, 2] * Idx(2), "ab" * Idx(3))
class NoIdx:
    pass
try:
    lst[NoIdx()]
except TypeError as e:
    print("TypeError", e)
try:
    lst[1.0]
except TypeError as e:
    print("TypeError", e)
import operator
print(operator.index(Idx(9)), hasattr(Idx, "__int__"))
print(int(Idx(7)))  # int() falls back to __index__
