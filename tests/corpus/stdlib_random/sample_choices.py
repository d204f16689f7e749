import random
random.seed(2024)
print(random.sample(range(100), 10))
print(random.sample(["a", "b", "c", "d", "e"], 3))
print(random.sample(range(10), 10))
print(random.sample(range(1000000), 5))
print(random.choices([1, 2, 3], k=10))
print(random.choices("xyz", weights=[10, 1, 1], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=6))
print(random.choices(["only"]))
print(random.sample([1, 2, 3, 4], k=2, counts=[1, 1, 1, 5]) if True else None)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(type(e).__name__, e)
