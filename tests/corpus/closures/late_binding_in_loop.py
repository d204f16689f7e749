funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 99
print([f() for f in funcs])
# capture via default argument
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
# comprehension variable is in its own scope; all see the final value
funcs = [lambda: j for j in range(3)]
print([f() for f in funcs])
# capture via factory
def make(n):
    return lambda: n
funcs = [make(k) for k in range(3)]
print([f() for f in funcs])
def outer():
    fs = []
    for x in "abc":
        def g():
            return x
        fs.append(g)
    x = "changed"
    return fs
print([g() for g in outer()])
