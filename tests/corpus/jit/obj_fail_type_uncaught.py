# A TypeError from a binary operation on incompatible objects inside a
# compiled loop (dict + list, from the generic helper), uncaught.


def extend_all(items, tail):
    out = []
    for x in items:
        out.append(x + tail)
    return out


print(extend_all([[1], [2, 3], [5], []], [0]))
print(extend_all([[1], [3], {}, [4]], [0]))
print("unreachable")
