print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=5))
print("{0[0]} {0[1]} {1[key]}".format(["p", "q"], {"key": "v"}))
class P:
    x = 3
    y = "why"
print("{0.x} {0.y} {p.x}".format(P(), p=P))
print("{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print("{0:.3f} {0:e} {1:,}".format(1234.5678, 10 ** 7))
print("{!r} {!s}".format("q", "q"))
print("{{}} {}".format("escaped"))
print("{:{w}.{p}f}".format(2.71828, w=9, p=2))
print("{0}{1}{0}".format("ab", "-"))
args = ["A", "B"]
print("{} then {}".format(*args), "{a}{b}".format(**{"a": 1, "b": 2}))
for bad in ["{} {}", "{0} {}", "{missing}", "{0[5]}"]:
    try:
        print(bad.format(["x"]))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(format(3.5, "08.2f"), format("s", "^3"), format(10, "b"))
print("{:d}".format(True), "{}".format(None))
