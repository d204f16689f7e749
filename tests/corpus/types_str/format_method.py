print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}-{n}".format(name="k", n=3))
print("{0[1]} {0[0]}".format(["p", "q"]), "{d[key]}".format(d={"key": "v"}), "{o.real}".format(o=5))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"), "{:*^10}".format("mid"), "{:06.2f}".format(3.14159))
print("{{literal}} {}".format(1), "{!r} {!s} {!a}".format("q", "q", "é"))
print("{:,}".format(10**9), "{:x}".format(255), "{0:{1}}".format(7, 5) + "|", "{:{fill}>{w}}".format(1, fill=0, w=4))
print("{}".format([1, 2]), "{}{}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
for bad in ["{", "}", "{0} {}", "{2}", "{x}"]:
    try:
        print(bad.format(1))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
class Pt:
    def __format__(self, spec):
        return "Pt(" + spec + ")"
print("{:abc}".format(Pt()), format(Pt(), "xyz"), f"{Pt():q}")
