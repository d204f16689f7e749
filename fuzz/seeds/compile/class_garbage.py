class A(metaclass=M, *b, **c, d): pass
class B(x for x in y): pass
class C(): return
