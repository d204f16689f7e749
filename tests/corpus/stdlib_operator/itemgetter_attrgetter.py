from operator import itemgetter, attrgetter, methodcaller
rows = [("b", 2, 3.0), ("a", 2, 1.0), ("c", 1, 2.0)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)("xyz"), itemgetter(-1, 0)([1, 2, 3]), itemgetter("k")({"k": 5}), itemgetter(slice(1, 3))("abcd"))
class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.inner = self
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
people = [P("zoe", 30), P("adam", 25), P("mia", 30)]
print([p.name for p in sorted(people, key=attrgetter("age", "name"))])
print(attrgetter("name")(people[0]), attrgetter("inner.inner.age")(people[1]), attrgetter("name", "age")(people[2]))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("greet", "hi", punct="?")(people[0]))
print(list(map(itemgetter(0), rows)))
try:
    itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    attrgetter("nope")(people[0])
except AttributeError as e:
    print(type(e).__name__, e)
