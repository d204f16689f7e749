def g():
    yield 1
    return "ret"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", repr(e.value), e.args)
try:
    next(it)
except StopIteration as e:
    print("again:", repr(e.value))
def leaks():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(leaks()))
except RuntimeError as e:
    print("RuntimeError:", e)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("custom")
        return self.i
print(list(It()))
print([x for x in It()])
def gen_return_none():
    return
    yield
print(list(gen_return_none()))
