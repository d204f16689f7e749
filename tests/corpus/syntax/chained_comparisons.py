calls = []
def f(n):
    calls.append(n)
    return n

print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1 > 0)
print(1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0)
# middle operand evaluated once, short-circuit
print(f(1) < f(2) < f(0) < f(5))
print(calls)
calls.clear()
print(f(5) < f(1) < f(10))
print(calls)
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 in [1, 2] in [[1, 2]])
print(None is None is not False)
print("a" < "b" < "c" <= "c")
print((1 < 2) < 3)
