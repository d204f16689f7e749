# Tuple-swap assignments (compiled to stack reordering), local subscripts
# (specialized on the borrowed local) and pairs of local loads/stores
# (superinstructions): the results and the errors must be CPython's.


def f(l, d, t):
    s = 0
    for i in range(5):
        s += l[i] + t[i] + d[i]
        a, b = i, s
        a, b, c = b, a, i
        [x, y] = a, b
        x, [y, z] = 1, (2, 3)
        s += x - y + c + z
    l[0], l[1] = l[1], l[0]
    return s, l[:2]


def errors(l, d):
    try:
        l[10]
    except IndexError as e:
        print("IndexError", e)
    try:
        d[99]
    except KeyError as e:
        print("KeyError", e)


for _ in range(30):
    r = f([1, 2, 3, 4, 5], {i: i * i for i in range(5)}, (5, 4, 3, 2, 1))
print(r)
print(f(list(range(5)), {i: 1 for i in range(5)}, [0] * 5))
for _ in range(3):
    errors([1, 2], {1: 2})
errors((1, 2), {})
print(f([1] * 5, dict.fromkeys(range(5), 2), (1,) * 5))
print(f([1] * 5, {False: 0, True: 1, 1.0 + 1: 2, 2 + 0j + 1: 3, 3: 4, 4: 5}, "abcde" and (9,) * 5))


def g():
    a, b = b, a


try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def h(n):
    if n:
        y = 1
    x = 2
    return x + y


print(h(1))
try:
    h(0)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def k(seq):
    out = []
    for i in range(len(seq)):
        out.append(seq[i])
    return out


print(k([1, 2]), k((3, 4)), k("ab"), k(range(3)))
