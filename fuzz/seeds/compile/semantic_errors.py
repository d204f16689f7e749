def f(a, a): pass
nonlocal x
return 1
yield 2
await x
break
continue
def g():
    x = 1
    global x
class A:
    nonlocal y
None = 1
__debug__ = 2
f(a=1, a=2)
f(**x, *y)
f(x for x in y, 1)
*a = 1
del f()
(a, b) += 1
