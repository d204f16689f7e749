@
def f(): pass
@x y
def g(): pass
@(yield)
class C: pass
