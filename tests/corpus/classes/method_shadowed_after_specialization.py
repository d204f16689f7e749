# One LOAD_METHOD site, specialized on an instance without a shadowing
# attribute; then the instance dict gains one through every route.
class A:
    def m(self):
        return "method"


def call(o):
    return o.m()


ways = [
    lambda o: setattr(o, "m", lambda: "setattr"),
    lambda o: o.__dict__.__setitem__("m", lambda: "setitem"),
    lambda o: o.__dict__.update({"m": lambda: "update"}),
    lambda o: o.__dict__.update(m=lambda: "update kw"),
    lambda o: vars(o).setdefault("m", lambda: "setdefault"),
    lambda o: o.__dict__.__ior__({"m": lambda: "ior"}),
]
for way in ways:
    o = A()
    for k in range(50):
        setattr(o, "a%d" % k, k)
    results = []
    for i in range(60):
        if i == 30:
            way(o)
        results.append(call(o))
    print(results[29], results[30], results.count("method"))
    del o.m
    print(call(o))
