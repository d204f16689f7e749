import random
random.seed(99)
print([random.uniform(0, 10) for _ in range(3)])
print(random.uniform(5, -5))
print([random.gauss(0, 1) for _ in range(4)])
print(random.gauss(100, 15))
print([random.normalvariate(0, 1) for _ in range(2)])
print(random.triangular(0, 10, 3), random.expovariate(1.5))
