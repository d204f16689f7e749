import random
random.seed(5)
print(random.getrandbits(1), random.getrandbits(8), random.getrandbits(32), random.getrandbits(64), random.getrandbits(100))
print(random.getrandbits(0))
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
second = [random.random() for _ in range(3)]
print(first == second, first)
random.seed(5)
print(random.getrandbits(1))
print(random.randbytes(6))
