def expensive(x):
    return x * x - 10
vals = [y for x in range(6) if (y := expensive(x)) > 0]
print(vals, y)
total = 0
running = [total := total + v for v in [1, 2, 3, 4]]
print(running, total)
print([s.strip() for s in " a , b ,c ".split(",") if s.strip()])
data = {"x": [1, 2], "y": [], "z": [3]}
print(sorted(k for k, v in data.items() if v))
print([f"{k}={v}" for k, v in sorted(data.items())])
