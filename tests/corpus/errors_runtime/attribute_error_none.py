def find(items, key):
    for k, v in items:
        if k == key:
            return v
result = find([("a", 1)], "b")
print("result is", result)
result.upper()
