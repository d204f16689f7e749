# An IndexError from a list subscript inside a compiled loop over objects,
# uncaught: the output printed so far stays and the traceback ends the run.


def walk(rows, n):
    total = 0.0
    for i in range(n):
        r = rows[i]
        total += r[0] * r[1]
        print(i, total)
    return total


rows = [[1.5, 2.0], [0.5, 4], [3, 3.25]]
print(walk(rows, 3))
print(walk(rows, 5))
print("unreachable")
