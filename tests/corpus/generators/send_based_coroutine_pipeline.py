def coroutine(fn):
    def start(*a):
        c = fn(*a)
        next(c)
        return c
    return start
@coroutine
def printer():
    while True:
        item = yield
        print("printer:", item)
@coroutine
def filter_even(target):
    while True:
        item = yield
        if item % 2 == 0:
            target.send(item)
@coroutine
def scale(k, target):
    while True:
        target.send((yield) * k)
p = scale(10, filter_even(printer()))
for i in range(5):
    p.send(i)
