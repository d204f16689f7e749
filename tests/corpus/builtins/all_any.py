print(all([]), any([]))
print(all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None]))
print(all("abc"), any(""))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]))

calls = []
def check(x):
    calls.append(x)
    return x > 1

print(any(check(x) for x in [0, 1, 2, 3, 4]))
print(calls)
calls.clear()
print(all(check(x) for x in [5, 6, 0, 7]))
print(calls)
print(all([[]]), any([[0]]))
