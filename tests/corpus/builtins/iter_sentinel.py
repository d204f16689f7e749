data = [3, 1, 4, 0, 5, 9]
pos = [0]
def nxt():
    v = data[pos[0]]
    pos[0] += 1
    return v

print(list(iter(nxt, 0)))
print(pos[0])

counter = iter([1, 2, 3])
print(next(counter), list(counter))
it = iter("ab")
print(iter(it) is it)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __call__(self):
        self.n -= 1
        return self.n

print(list(iter(Countdown(5), 1)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
