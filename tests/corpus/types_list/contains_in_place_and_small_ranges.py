# x in list / tuple (compared in place, in order) and range() with small and big bounds
class Shrink:
    def __init__(self, lst): self.lst = lst
    def __eq__(self, other):
        self.lst.clear()
        return False
lst = [1, 2, 3]
print(Shrink(lst) in lst, lst)
lst2 = [Shrink(None), 5]
lst2[0].lst = lst2
print(5 in lst2, lst2)
class Noisy:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print("eq", self.n)
        return self.n == o
t = (Noisy(1), Noisy(2), Noisy(3))
print(2 in t)
print(float('nan') in [float('nan')], 1 in (1.0,), True in [1], "a" in ("b", "a"), [] in [[]], 4 in [])
n = float('nan'); print(n in [n], n in (n,))
print(list(range(5)), list(range(2, 9, 3)), list(range(10, 0, -4)), range(0), len(range(-5, 5)))
print(range(2**62, 2**63 + 5, 2**61), len(range(-2**62, 2**62 - 1)))
try: range(1, 2, 0)
except ValueError as e: print(e)
try: range(1.5)
except TypeError as e: print(e)
print(range(True, 3), list(range(-3)), range(5)[::-1], range(1 << 70)[-1])
try: len(range(-2**63, 2**63))
except OverflowError as e: print("OverflowError", e)
