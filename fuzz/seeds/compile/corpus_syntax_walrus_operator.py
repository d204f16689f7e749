data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 5:
    print("long list", n)

# in comprehension: binds in enclosing scope
big = [y for x in data if (y := x * 2) > 10]
print(big, y)

# in while loop
items = [3, 2, 1, 0, 9]
i = 0
while (v := items[i]) != 0:
    print("v", v)
    i += 1
print("stopped at", i, v)

# any() short-circuit with walrus capture
if any((hit := x) > 10 for x in data):
    print("first > 10:", hit)

print((z := 4) ** 2, z)
def f(a):
    return [b := a + 1, b * 2]
print(f(3))
