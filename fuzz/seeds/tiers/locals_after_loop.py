# locals() right after a compiled loop (and after an exit from one) shows
# the current values of every local the loop wrote.


def show(n, stop):
    i_total = 0
    f_total = 0.0
    flag = False
    untouched = "x"
    k = 0
    while k < n:
        i_total += k * k
        f_total += k / 4
        flag = not flag
        if k == stop:
            break
        k += 1
    snap = dict(locals())
    return sorted(snap.items())


def after_error(n):
    a = 0
    b = 1.0
    try:
        for i in range(n):
            a += i
            b = b / (3 - i)
    except ZeroDivisionError:
        return sorted(locals().items(), key=lambda kv: kv[0])


print(show(10, 100))
print(show(10, 3))
print(show(3_000_000 // 1000, 10 ** 9)[1:4])
print(after_error(10))
