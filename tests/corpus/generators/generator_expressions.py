g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)))
print(max((len(w), w) for w in ["aa", "b", "cccc"]))
print(list((i, j) for i in range(3) for j in range(i)))
print(any(x > 3 for x in [1, 5]), all(x for x in []))
evens = (n for n in range(20) if n % 2 == 0 if n % 3 == 0)
print(list(evens))
# the first iterable is evaluated immediately, the rest lazily
try:
    gen = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
gen = (y for x in [1] for y in 5)
try:
    next(gen)
except TypeError as e:
    print("TypeError at next:", e)
print(", ".join(str(i) for i in range(4)))
print(dict((k, k * 2) for k in "ab"))
