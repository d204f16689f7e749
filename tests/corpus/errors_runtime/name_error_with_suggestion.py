counter = 1
print(counter)
print(countr)
