def f():
    print(x)
    global x
def g(x):
    global x
