def f(items):
    for x in items:
        if x < 0:
            return f"negative {x}"
    else:
        return "all non-negative"
print(f([1, 2]), f([1, -5]))
def g():
    try:
        for i in range(3):
            if i == 1:
                raise ValueError(i)
        else:
            return "no raise"
    except ValueError as e:
        return f"raised at {e}"
print(g())
out = []
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        out.append(i)
else:
    out.append("else")
print(out)
