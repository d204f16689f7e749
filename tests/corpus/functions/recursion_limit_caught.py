import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
# interpreter keeps working after recovering
def down(n):
    return n if n == 0 else down(n - 1)
print(down(100))
