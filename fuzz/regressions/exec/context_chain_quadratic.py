# Fuzz finding (exec, timeout): exceptions raised in `finally` blocks of a
# recursion that runs into the work budget build a context chain tens of
# thousands long, and chaining each new exception walked the whole chain
# (quadratic, as in CPython: 26 s under ASan). Under a work budget the walk
# now stops once the budget is spent. Exponential without a budget: fuzz only.
def g(n):
    if n > 96:
        raise ValueError(n)
    try:
        return g(n + 1)
    finally:
        g(n + 2)
try:
    g(0)
except Exception as e:
    print(type(e).__name__)
