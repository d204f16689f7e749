class Shape:
    def __init__(self, **kw):
        print("Shape leftovers", kw)
        super().__init__()
class Colored(Shape):
    def __init__(self, color="none", **kw):
        self.color = color
        print("Colored", color)
        super().__init__(**kw)
class Sized(Shape):
    def __init__(self, size=0, **kw):
        self.size = size
        print("Sized", size)
        super().__init__(**kw)
class Widget(Colored, Sized):
    def __init__(self, **kw):
        print("Widget")
        super().__init__(**kw)
w = Widget(color="red", size=3, extra=1)
print(w.color, w.size)
print([c.__name__ for c in Widget.__mro__])
