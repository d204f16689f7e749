r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[2], list(r))
print(len(range(0)), len(range(10, 0)), len(range(0, -10, -3)), len(range(-5, 5)))
print(range(10**20)[-1], range(0, 10**20, 7)[10**18])
print(r.start, r.stop, r.step, range(5).step)
print(r.index(11), r.count(11), r.count(12), range(10).index(9))
try:
    r[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(12)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(5)["a"]
except TypeError as e:
    print(type(e).__name__, e)
