print(max([3, 4]))
print(max(x for x in []))
