s = "café\n"
print(f"{s!r}", f"{s!s}", f"{s!a}")
print(f"{chr(39)!r}", f"{'tab' + chr(9)!r}")
width, prec = 10, 3
v = 3.14159265
print(f"[{v:{width}.{prec}f}]", f"[{v:>{width}}]", f"[{'x':{'-'}^{width}}]")
items = ["a", "b"]
print(f"{items!r:>12}", f"{items[0]}{items[-1]}", f"{len(items)}")
d = {"key": "value"}
print(f"{d['key']}", f"{d!r}")
print(f"{{literal braces}}", f"{{{v:.1f}}}")
print(f"{'nested ' + f'{1 + 1}'}")
print(f"{3 if v > 3 else 4}", f"{(lambda q: q * 2)(5)}")
print(f"{'multi'}" f"{'part'}" "plain")
obj = type("O", (), {"attr": "attr-value"})()
print(f"{obj.attr.upper()}", f"{[1, 2][1]}")
