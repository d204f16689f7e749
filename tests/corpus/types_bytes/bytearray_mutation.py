ba = bytearray(b"hello")
ba[0] = 74
print(ba, ba[0])
ba.append(33)
ba.extend(b" ok")
ba.extend([33, 33])
print(ba, len(ba))
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b"x"
print(ba)
del ba[0]
del ba[-3:]
print(ba)
ba.insert(0, 64)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("x"))
print(ba)
ba.reverse()
print(ba)
ba += b"++"
print(ba, ba * 2)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
b2 = bytearray(b"abc")
c = b2.copy()
c[0] = 122
print(b2, c, b2 == b"abc", bytes(b2))
try:
    b2[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    b2.remove(122)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
