# Class attributes rebound from one plain value to another (counters in
# __init__): every reader sees the current value, through the class, its
# instances and subclasses, while the rest of the class stays specialized.
class Var:
    __slots__ = ("name", "id")
    counter = 0
    label = "v"

    def __init__(self, name):
        Var.counter += 1
        self.name = name
        self.id = Var.counter

    def show(self):
        return "%s%d:%s" % (self.label, self.id, self.name)


class Sub(Var):
    __slots__ = ()


class Plain:
    made = 0
    limit = 3

    def __init__(self, x):
        type(self).made += 1
        self.x = x

    def over(self):
        return self.made > self.limit


vs = []
for i in range(300):
    v = Var("x%d" % i) if i % 3 else Sub("s%d" % i)
    vs.append(v)
    if i % 97 == 0:
        print(v.show(), Var.counter, Sub.counter, v.counter)
print(Var.counter, Sub.counter, sum(v.id for v in vs))

ps = [Plain(i) for i in range(6)]
print(Plain.made, [p.over() for p in ps], ps[0].made)
# a subclass's own counter shadows the base's from then on
class P2(Plain):
    pass
P2(1)
print(Plain.made, P2.made, "made" in P2.__dict__)
for i in range(5):
    P2(i)
print(Plain.made, P2.made)
# rebinding to a function, and back to a plain value
def label_fn(self):
    return "method"
Var.label = label_fn
print(vs[1].label(), Var("y").show.__name__)
Var.label = "w"
print(vs[1].show(), Var.counter)
Var.label = "z"
print(vs[2].show(), Sub("t").show())
# deleted and added back
del Plain.limit
try:
    ps[0].over()
except AttributeError as e:
    print("AttributeError:", e)
Plain.limit = 100
print([p.over() for p in ps[:2]])
for i in range(200):
    Plain.limit = i
    if ps[0].over() != (Plain.made > i):
        print("stale at", i)
print(Plain.limit, Plain.made)
# a property put where a plain value was
Plain.made = property(lambda self: -1)
print(ps[0].made, ps[0].over())
