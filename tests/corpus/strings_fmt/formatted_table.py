rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 12.125)]
header = f"{'name':<10}|{'qty':>5}|{'price':>8}|{'total':>9}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(f"{name:<10}|{qty:>5d}|{price:>8.2f}|{qty * price:>9,.2f}")
print("=" * len(header))
total = sum(q * p for _, q, p in rows)
print(f"{'TOTAL':<10}|{'':>5}|{'':>8}|{total:>9,.2f}")
print("%-10s|%5d|%8.3f" % ("x", 7, 1 / 3))
print("{:<10}|{:^5}|{:>8}".format("left", "mid", "right"))
