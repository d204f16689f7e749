import sys
lst = [i for i in range(5)]
gen = (i for i in range(5))
print(type(lst).__name__, type(gen).__name__)
print(sum(lst), sum(gen), sum(gen))
print(list(map(str, (i for i in range(3)))))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print(tuple(x * 2 for x in range(3)), set(x % 2 for x in range(5)))
print("".join(reversed([c for c in "abc"])))
