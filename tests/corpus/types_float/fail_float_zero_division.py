vals = [4.0, 2.0, 0.0]
for v in vals:
    print(8.0 / v)
