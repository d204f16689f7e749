def g():
    try:
        yield 1
        return "normal return"
    finally:
        print("finally before StopIteration")
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value)
def override():
    try:
        yield 1
    finally:
        return "finally return wins"
o = override()
next(o)
try:
    next(o)
except StopIteration as e:
    print(e.value)
def swallow_close():
    try:
        yield 1
    finally:
        return "returned during close"
s = swallow_close()
next(s)
print(s.close())
def gen_return_value():
    x = yield
    return x * 2
gr = gen_return_value()
next(gr)
try:
    gr.send(21)
except StopIteration as e:
    print("sent and returned", e.value)
