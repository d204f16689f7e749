def repeat(times):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def roll(x):
    return x * 2
print(roll(5))

def prefix(p, sep=": "):
    def deco(fn):
        def inner(msg):
            return p + sep + fn(msg)
        return inner
    return deco

@prefix("INFO")
def log(m):
    return m
@prefix("WARN", sep=" -> ")
def warn(m):
    return m.upper()
print(log("started"), "|", warn("careful"))
# decorator expression can be any expression (PEP 614)
decos = {"twice": repeat(2)}
@decos["twice"]
def hi():
    return "hi"
print(hi())
