# `n += k` / `n -= k` on a big int held only by a local change it in place;
# every other holder must still see the old value, and results that fit a
# small int come back as ordinary small ints.
def run():
    a = 1 << 70
    b = a
    a += 1
    print(a, b, a - b)
    total = 1 << 64
    seen = []
    for i in range(5):
        total += i * i
        if i == 2:
            seen.append(total)
    print(total, seen)
    t = 10 ** 20
    for _ in range(3):
        t -= 10 ** 19
    print(t)
    # crossing back to the small range and out again
    n = (1 << 62) + 5
    n -= 1 << 62
    print(n, n == 5, type(n), hash(n) == hash(5))
    n += 1 << 63
    print(n)
    n -= n
    print(n, n == 0)
    # negative big ints, and adding a big int
    m = -(1 << 80)
    m += 1 << 81
    print(m)
    m -= 3 << 80
    print(m)
    # the same object on both sides
    s = 1 << 66
    s += s
    print(s)
    # held in a container and a closure too
    c = 1 << 90
    box = [c]
    c += 7
    print(c, box[0])
    d = 1 << 90
    def peek():
        return d
    d += 7
    print(d, peek())
    # bools and int subclasses on the right
    e = 1 << 70
    e += True
    print(e)
    class MyInt(int):
        pass
    e -= MyInt(3)
    print(e, type(e).__name__)
    f = 1 << 70
    g = f
    f -= 1
    print(f, g, g - f)
run()
