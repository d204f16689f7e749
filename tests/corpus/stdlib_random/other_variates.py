import random
random.seed(2718)
print(random.betavariate(2, 3), random.gammavariate(2.0, 1.0), random.gammavariate(0.5, 2.0))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 1), random.paretovariate(2), random.weibullvariate(1, 2))
print(random.expovariate(0.5), random.triangular(), random.triangular(1, 5))
print([round(random.gauss(), 4) for _ in range(3)])
