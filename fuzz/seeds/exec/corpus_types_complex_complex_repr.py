vals = [1j, -1j, 0j, 1 + 2j, 1 - 2j, -1 - 2j, 1.5 + 0.5j, complex(1, 0), complex(0, 0), complex(-0.0, 0),
        complex(0, -0.0), complex(-0.0, -0.0), 1e20j, 1 + 1e-5j, complex(float("inf"), 1), complex(1, float("nan")),
        complex(2, 3.0), 3 + 0j, -0j, 0.1 + 0.2j]
for v in vals:
    print(repr(v), str(v))
print([1j, 2 + 3j], (1 + 1j,))
print(f"{1 + 2j}", format(1.5 + 2.25j, ".1f"), format(3 - 4j, ""))
