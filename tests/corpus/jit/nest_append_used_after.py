# lst.append inside a nest on a list the loop only reads: the list is printed
# and used after the loop, aliased by another name (both see the appends),
# appended to by both loops of the nest, and holding ints, floats and bools.


def fill(n):
    out = []
    alias = out
    j = 0
    for i in range(n):
        out.append(i)
        for j in range(i % 3):
            alias.append(j * 0.5)
            out.append(j == 1)
    return out, alias is out


def two_lists(n):
    evens = []
    odds = []
    j = 0
    for i in range(n):
        for j in range(i, i + 3):
            if j % 2 == 0:
                evens.append(j)
            else:
                odds.append(j)
    return evens, odds


def param_list(dst, n):
    j = 0
    for i in range(n):
        for j in range(2):
            dst.append(i * 10 + j)
    return len(dst)


out, same = fill(7)
print(out, same)
out, same = fill(2000)
print(len(out), sum(out), out[-5:], type(out[-1]).__name__, same)
e, o = two_lists(6)
print(e, o)
e, o = two_lists(5000)
print(len(e), len(o), sum(e) - sum(o))
shared = [-1]
view = shared
print(param_list(shared, 5), view)
print(param_list(view, 300), shared[-3:], len(view), view is shared)
