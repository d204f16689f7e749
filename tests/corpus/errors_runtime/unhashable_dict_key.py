d = {}
for key in [(1, 2), "s", 3.5, [1, 2]]:
    print("inserting", key)
    d[key] = "value"
