from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1)
print(d, d.maxlen)
d.extend([10, 11])
print(d)
d.extendleft([20])
print(d)
last_lines = deque("line1 line2 line3 line4 line5".split(), 2)
print(list(last_lines))
print(deque(range(10), maxlen=0), deque().maxlen)
d2 = deque([1, 2, 3], maxlen=3)
d2.insert if False else None
try:
    d2.insert(0, 9)
except IndexError as e:
    print(type(e).__name__, e)
d3 = deque([1, 2, 3, 4, 5])
d3.rotate(7)
print(d3, d3[2])
del d3[0]
d3[0] = 99
print(d3)
