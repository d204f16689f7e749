for a in range(10**9):
    for b in range(10**9):
        pass
