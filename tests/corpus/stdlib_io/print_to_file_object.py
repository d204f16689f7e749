import io
import sys
out = io.StringIO()
print("a", "b", sep="-", end="!\n", file=out)
print(1, 2, 3, file=out)
print(file=out)
print(repr(out.getvalue()))
lines = out.getvalue().splitlines()
print(lines)
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = old
print("got:", repr(captured))
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print("x", "y", file=c)
print(c.parts)
