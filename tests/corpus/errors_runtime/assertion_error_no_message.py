def pop_all(x):
    while x:
        print("popped", x.pop())
    return x
x = pop_all([1, 2])
assert x
