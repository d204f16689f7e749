print(hex(255), hex(0), hex(-255), hex(2**64))
print(oct(8), oct(0), oct(-8), oct(511))
print(bin(5), bin(0), bin(-5), bin(2**10))
print(hex(True), bin(False))
class Idx:
    def __index__(self):
        return 10
print(hex(Idx()), bin(Idx()), oct(Idx()))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(int(hex(12345), 16), int(bin(99), 2), int(oct(77), 8))
