# sys._getframe().f_lineno right after compiled loops end (normally, by
# break, after an exception) names the current line.
import sys


def here():
    return sys._getframe(1).f_lineno


def f(n):
    t = 0
    for i in range(n):
        t += i
    a = sys._getframe().f_lineno
    j = 0
    while True:
        j += 1
        if j > n:
            break
    b = here()
    try:
        k = 5
        while True:
            t += 10 // k
            k -= 1
    except ZeroDivisionError:
        c = sys._getframe().f_lineno
    return t, [x - f.__code__.co_firstlineno for x in (a, b, c, here())]


print(f(10))
print(f(0))
