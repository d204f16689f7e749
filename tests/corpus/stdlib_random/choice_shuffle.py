import random
random.seed(7)
items = ["apple", "banana", "cherry", "date", "elderberry"]
print([random.choice(items) for _ in range(8)])
print(random.choice("abcdef"), random.choice(range(100)), random.choice((1, 2, 3)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
letters = list("python")
random.shuffle(letters)
print("".join(letters))
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
