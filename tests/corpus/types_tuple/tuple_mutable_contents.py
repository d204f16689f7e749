t = ([1], {"a": 1})
t[0].append(2)
t[1]["b"] = 2
print(t)
try:
    t[0] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
t2 = t
t += (5,)
print(t, t2, t is t2)
print(hash((1, 2, (3, 4))) == hash((1, 2, (3, 4))))
try:
    hash(([],))
except TypeError as e:
    print(type(e).__name__, e)
print({(1, 2): "pair", (1,): "single"}[(1, 2)])
