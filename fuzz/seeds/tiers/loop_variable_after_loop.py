# The loop variable and other locals after a compiled loop ends (normally,
# by break, or without running): the values are the last ones assigned.


def last_of(r):
    i = "unset"
    for i in r:
        pass
    return i


def last_float(n):
    x = -1.0
    k = 0
    while k < n:
        x = k / 2
        k += 1
    return x, k


def unbound(n):
    for j in range(n):
        pass
    try:
        return j
    except UnboundLocalError as e:
        return "unbound"


print(last_of(range(10)), last_of(range(0)), last_of(range(5, -5, -3)))
print(last_of(range(2 ** 62 - 2, 2 ** 62 + 2)), last_of(range(1)))
print(last_float(0), last_float(1), last_float(11))
print(unbound(0), unbound(1), unbound(1000))
