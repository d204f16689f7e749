print(sorted([3, 1, 2]))
print(sorted([3, 1, 2], reverse=True))
print(sorted("banana"))
words = ["pear", "Apple", "fig", "banana", "kiwi"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted({3: 'c', 1: 'a', 2: 'b'}))
print(sorted([2.5, 1, -3, 1.0]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
