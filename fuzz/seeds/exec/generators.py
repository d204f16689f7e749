def gen():
    try:
        x = yield 1
        while True:
            x = yield x * 2
    finally:
        print('closing')
        yield 99
g = gen()
print(next(g), g.send(3), g.send(4))
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)
def inner():
    r = yield from range(3)
    return 'done'
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
def thrower():
    yield from thrower()
try:
    list(thrower())
except RecursionError:
    print('deep yield from')
g = (i for i in range(5))
print(g.throw(ValueError) if False else next(g))
g2 = gen(); next(g2)
try:
    g2.throw(KeyError('k'))
except RuntimeError as e:
    print(e)
def running():
    yield next(me)
me = running()
try:
    next(me)
except ValueError as e:
    print(e)
