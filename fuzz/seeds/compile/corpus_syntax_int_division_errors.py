for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "5 % 0.0", "divmod(1, 0)", "0 ** -1", "0.0 ** -1"]:
    try:
        print(expr, eval(expr))
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
print(0 ** 0, 0.0 ** 0, (-8) ** (1/3) == (-8) ** (1/3))
print(type((-8) ** 0.5).__name__)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__)
