# Edge cases of for loops over generators resumed in the loop's own eval loop:
# close() and throw() from the loop body, recursion limits, with/finally,
# return in finally, send values, nested generator chains.
import sys
def g1():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("g1 finally")
g = g1()
for x in g:
    print("got", x)
    if x == 1:
        g.close()
print("after close loop")

def g2():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("caught in gen", e)
        yield 99
g = g2()
for x in g:
    print("g2", x)
    if x == 1:
        print("throw ->", g.throw(KeyError("k")))

def deep(n):
    if n == 0:
        yield 0
        return
    for x in deep(n - 1):
        yield x
try:
    for x in deep(5000):
        pass
    print("no error")
except RecursionError as e:
    print("RecursionError", type(e).__name__)
for x in deep(200):
    print("deep ok", x)

class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
def g3():
    with Ctx():
        yield 1
        yield 2
for x in g3():
    print("g3", x)
try:
    for x in g3():
        raise IndexError("body")
except IndexError:
    print("body error")
import gc; gc.collect()

def g4():
    try:
        yield 1
    finally:
        return 5
for x in g4():
    print("g4", x)

def g5():
    x = yield 1
    print("sent", x)
    yield 2
for v in g5():
    print("g5", v)

def outer():
    for x in inner():
        yield x * 2
def inner():
    yield 1
    yield from [2, 3]
    yield 4
print(list(outer()), [y for y in outer()])
s = 0
for _ in range(50):
    for y in outer():
        s += y
print(s)
