# Compiled loops update float locals: the objects those locals started from
# (code constants, globals, list items, other locals) must not change.

G = 2.5
start_values = [1.25, 10.0]


def from_const(n):
    x = 0.5
    for _ in range(n):
        x += 1.0
    return x


def from_global(n):
    x = G
    for _ in range(n):
        x = x * 2.0
    return x


def from_list(n):
    x = start_values[0]
    y = x
    for _ in range(n):
        x -= 0.25
    return x, y


def aliased(n):
    a = 3.0
    b = a
    for _ in range(n):
        a = a + 1.0
        b = b - 1.0
    return a, b


print(from_const(3), from_const(3), from_const(0))
print(from_global(4), G, from_global(1), G)
print(from_list(5), start_values)
print(aliased(4), aliased(4))
print(from_const(1), from_global(0), from_list(0), aliased(0))
