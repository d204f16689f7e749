def inner():
    try:
        yield "i1"
        yield "i2"
    except ValueError as e:
        print("inner caught", e)
        yield "i-recovered"
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
        yield "o-after"
    finally:
        print("outer finally")
g = outer()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))
g.close()
print("---")
g2 = outer()
next(g2)
g2.close()
