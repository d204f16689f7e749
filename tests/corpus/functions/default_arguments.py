def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
# defaults evaluated once at definition time
base = 10
def add(x, y=base):
    return x + y
base = 20
print(add(1))
print(add.__defaults__)
def f(a, b=2, *, c=3, d):
    return a, b, c, d
print(f(1, d=4), f.__kwdefaults__)
