def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print('rec', e)
def g(n):
    try:
        return g(n + 1)
    finally:
        g(n + 2)
g(0)
