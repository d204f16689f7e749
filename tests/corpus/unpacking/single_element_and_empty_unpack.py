(a,) = [1]
print(a)
b, = "x"
print(b)
[c] = (5,)
print(c)
() = []
[] = ()
print("empty unpack ok")
*d, = []
print(d)
t = (1,)
(e,) = t
print(e, type(t).__name__)
for (f,) in [(1,), (2,)]:
    print(f, end=" ")
print()
