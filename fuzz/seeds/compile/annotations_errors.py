x, y: int
(x): int = 1
x.y: int
x[0]: int = 2
f(): int
