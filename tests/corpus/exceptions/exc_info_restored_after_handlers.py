# The exception being handled is restored when a handler or finally raises.
import sys

def show(tag):
    print(tag, sys.exc_info()[0])

try:
    try:
        raise OSError("a")
    finally:
        raise RuntimeError("b")
except RuntimeError:
    show("in except")
show("after finally-raise")

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v")
except ValueError as e:
    show("in outer")
    print(repr(e.__context__))
show("after except-raise")

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("from exit")

try:
    with CM():
        raise IndexError("body")
except TypeError as e:
    print(repr(e), repr(e.__context__))
show("after with")

def gen():
    try:
        yield 1
    finally:
        show("gen finally")

for x in gen():
    pass
show("end")
