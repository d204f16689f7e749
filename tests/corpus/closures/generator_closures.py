def make_gens():
    gens = []
    for i in range(3):
        gens.append((i * j for j in range(3)))
    return gens
print([list(g) for g in make_gens()])
def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
    def gen():
        while n < 3:
            yield n
            bump()
    return gen()
print(list(counter_gen()))
x = 10
g = (x + k for k in range(3))
x = 20
print(list(g))
y = 1
g2 = (k for k in range(y, 4))
y = 3
print(list(g2))
