print(abs(-5), abs(5), abs(0))
print(abs(-2.5), abs(-0.0), abs(float("-inf")))
print(abs(3 + 4j), abs(-1j))
print(abs(-10**30))
print(abs(True), abs(False))

class V:
    def __abs__(self):
        return "absolute"

print(abs(V()))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
