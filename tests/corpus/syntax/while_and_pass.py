def noop():
    pass
class Empty:
    pass
print(noop(), Empty.__name__)
n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
while True:
    i += 1
    if i > 3:
        break
print(i)
x = 0
while x < 3: x += 1
print(x)
if x: pass
else: print("never")
...
print(Ellipsis, ... is Ellipsis)
