import io
b = io.BytesIO()
b.write(b"abc")
b.write(bytes([0, 255]))
print(b.getvalue(), b.tell())
b.seek(1)
print(b.read(2), b.read(), b.read())
r = io.BytesIO(b"line1\nline2\n")
print(r.readline(), r.readlines())
try:
    io.BytesIO().write("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
