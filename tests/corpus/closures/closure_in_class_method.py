class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []
    def on_click(self, fn):
        self.handlers.append(fn)
        return fn
    def click(self):
        return [h(self) for h in self.handlers]
b = Button("OK")
prefix = ">>"
@b.on_click
def h1(btn):
    return prefix + btn.label
for tag in ("x", "y"):
    b.on_click(lambda btn, tag=tag: tag + btn.label)
print(b.click())
prefix = "<<"
print(b.click())
class Multiplier:
    def __init__(self, k):
        self.k = k
    def make(self):
        return lambda v: v * self.k
m = Multiplier(3)
f = m.make()
m.k = 4
print(f(10))
