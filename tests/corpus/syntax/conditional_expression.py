def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

for n in (-3, 0, 7):
    print(n, sign(n))

evaluated = []
def mark(v):
    evaluated.append(v)
    return v

r = mark("yes") if mark(True) else mark("no")
print(r, evaluated)
evaluated.clear()
r = mark("yes") if mark(0) else mark("no")
print(r, evaluated)
print([x if x % 2 else -x for x in range(6)])
f = lambda a: "big" if a > 10 else "small"
print(f(11), f(10))
print((1 if [] else 2), (1 if [0] else 2))
