name = "World"
print(f'Hello {name}!', f"Hello {name!r}", F"upper F {name}")
print(f"{'single inside double'}", f'{"double inside single"}')
print(rf"raw {name}\n", fr"\t{1+1}")
print(f"""triple {name}
second line {len(name)}""")
nums = [1, 2, 3]
print(f"sum={sum(nums)} max={max(nums)} joined={','.join(map(str, nums))}")
print(f"{name[::-1]} {name.lower()!r:>10}")
print(f"{5:{'>' if True else '<'}4}")
print(f"{3.0:n}", f"{'%'}", f"{1:{'0'}{'3'}}")
