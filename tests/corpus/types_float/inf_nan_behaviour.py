inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf / inf)
print(nan == nan, nan != nan, nan is nan, nan < 1, nan > 1, nan == 0)
print(inf == inf, inf > 10**400, -inf < -10**400)
l = [nan]
print(nan in l, l == l, [nan] == [nan])
print(float("nan") in [float("nan")])
print(max(1, nan), max(nan, 1), min(nan, 1))
print(sorted([3.0, 1.0, 2.0]))
print(inf * 2, -inf + 100, str(inf), repr(-inf))
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__)
print(10 ** -400 == 0, 1e-400)
