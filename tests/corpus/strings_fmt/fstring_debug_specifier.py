x = 10
name = "krait"
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{name=}", f"{name=!s}", f"{name=:>8}")
pi = 3.14159
print(f"{pi=:.2f}")
items = [1, "a"]
print(f"{items=}", f"{len(items)=}")
print(f"{x + 1 = }")
