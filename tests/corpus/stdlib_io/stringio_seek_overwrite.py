import io
b = io.StringIO("abcdef")
b.seek(2)
b.write("XY")
print(b.getvalue(), b.tell())
b.seek(0, 2)
b.write("!")
print(b.getvalue())
b.truncate(3)
print(repr(b.getvalue()), b.tell())
b.seek(0)
b.truncate()
print(repr(b.getvalue()))
with io.StringIO() as s:
    s.write("ctx")
    print(s.getvalue(), s.closed)
print(s.closed)
try:
    s.write("x")
except ValueError as e:
    print(type(e).__name__, e)
e = io.StringIO("x\ny")
print(e.readable(), e.writable(), e.seekable(), e.readline(), e.read(100))
