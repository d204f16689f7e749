# l[k] = v with l a local keeps the container in its local (STORE_SUBSCR_FAST): effects and errors
def f(n):
    l = [0] * 5
    d = {}
    for i in range(n):
        l[i % 5] = i
        d[i % 3] = i
        l[1], l[2] = l[2], l[1]
    try:
        q[0] = 1
        q = 1
    except UnboundLocalError as e:
        print(e)
    t = (1,)
    try:
        t[0] = 5
    except TypeError as e:
        print(e)
    try:
        l[10] = 1
    except IndexError as e:
        print(e)
    class M:
        def __setitem__(s, k, v): print("set", k, v)
    m = M()
    m["a"] = 1
    m[2] = 3
    return l, d
for _ in range(3): print(f(10))
