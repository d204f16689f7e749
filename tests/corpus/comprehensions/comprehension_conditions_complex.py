nums = range(-5, 6)
print([n for n in nums if n > 0 and n % 2 == 1])
print([n for n in nums if not n or n == 5])
print(["fizzbuzz" if i % 15 == 0 else "fizz" if i % 3 == 0 else "buzz" if i % 5 == 0 else i for i in range(1, 16)])
words = ["Apple", "bob", "Civic", "deed", "egg"]
print([w for w in words if w.lower() == w.lower()[::-1]])
print({w: i for i, w in enumerate(words) if i % 2 == 0})
print([ (i, c) for i, c in enumerate("hello") if c in "lo" ])
