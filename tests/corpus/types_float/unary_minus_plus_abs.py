# unary -, + and abs() on exact floats (a fast path) and on a float subclass (its methods)
import math
x = 2.5
print(-x, +x, abs(-x), -(-0.0), abs(-0.0), -math.inf, -math.nan, abs(-math.inf))
class F(float):
    def __neg__(self): return "neg"
print(-F(1.0), +F(2.0), abs(F(-3.0)))
print([-v for v in (1.5, -2.25, 0.0, 1e308)])
