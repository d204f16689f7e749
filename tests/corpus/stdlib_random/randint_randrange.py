import random
random.seed(1)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(10, 0, -2) for _ in range(8)])
print(random.randint(0, 10**30))
print(random.randrange(2**70))
print(random.randint(-5, -5), random.randrange(1))
try:
    random.randint(5, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.randrange(0)
except ValueError as e:
    print(type(e).__name__, e)
