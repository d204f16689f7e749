class Table:
    size = 3
    # only the outermost iterable sees class scope
    rows = [r for r in range(size)]
    try:
        grid = [[c for c in range(size)] for r in range(2)]
    except NameError as e:
        grid = "NameError: " + str(e)
print(Table.rows)
print(Table.grid)
