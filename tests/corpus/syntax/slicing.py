s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7])
print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[2:5:-1])
print("hello"[1:4], "hello"[::-1], "hello"[-2:])
print((1, 2, 3, 4)[1::2])
s[2:4] = ["a", "b", "c"]
print(s)
s[::3] = [0, 0, 0, 0]
print(s)
s[1:1] = [99]
print(s)
s[:] = []
print(s)
try:
    lst = [1, 2, 3, 4]
    lst[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
sl = slice(1, None, 2)
print("abcdef"[sl], sl.start, sl.stop, sl.step)
print(slice(None, 5).indices(10), slice(-3, None, -1).indices(5))
