# 0 ** a negative float exponent raises ZeroDivisionError (float and int base)
# from inside a nest; the error is caught outside and the loop state printed.


def inv_roots(n, zero_at, int_base):
    acc = 0.0
    i = j = -1
    try:
        for i in range(n):
            for j in range(1, 4):
                b = i - zero_at
                if int_base:
                    acc += b ** -1.0 if b else b ** -1.0
                else:
                    acc += (b * 1.0) ** -0.5 if b > 0 else 1.0 + (b * 1.0) ** -1.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, "at", i, j, acc)
    return acc


print(inv_roots(5, 10, False))
print(inv_roots(20, 7, False))
print(inv_roots(20, 7, True))
print(inv_roots(20, -1, True))
print(0.0 ** 0.0, 0 ** 0.0, 0.0 ** 1.5, (-0.0) ** 3.0, 0.0 ** float("inf"))
try:
    print(0.0 ** -float("inf"))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
