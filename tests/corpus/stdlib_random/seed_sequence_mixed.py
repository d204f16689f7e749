import random
random.seed(31337)
out = []
for i in range(5):
    out.append(random.randint(1, 100))
    out.append(round(random.random(), 6))
    out.append(random.choice("ABCDE"))
print(out)
random.seed(31337)
print(random.randint(1, 100))
random.seed(0)
nums = list(range(1, 11))
random.shuffle(nums)
print(nums, random.sample(nums, 3), random.randrange(100, 200, 3))
random.seed(1)
print([random.randint(0, 2**40) for _ in range(3)])
print([random.randrange(-100, 100) for _ in range(6)])
