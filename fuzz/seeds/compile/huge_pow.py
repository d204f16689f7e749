try:
    x = 10**10**10
except MemoryError:
    print('mem')
y = 1 << 10**10
