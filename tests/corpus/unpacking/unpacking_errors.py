def show(fn):
    try:
        print("ok:", fn())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def f1():
    a, b = [1, 2, 3]
def f2():
    a, b, c = [1, 2]
def f3():
    a, b = 1
def f4():
    a, *b, c = [1]
def f5():
    a, b = "xy"
    return a + b
def f6():
    (a,) = []
def f7():
    a, b = iter([1, 2, 3])
def f8():
    a, b = {1: 2}
def f9():
    a, b = None
def f10():
    for x, y in [(1, 2), (3,)]:
        pass
for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10):
    show(f)
