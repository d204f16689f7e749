def apply(fn, *args):
    return fn(*args)
def square(x):
    return x * x
ops = {"sq": square, "neg": lambda x: -x, "abs": abs}
for name in ["sq", "neg", "abs"]:
    print(name, apply(ops[name], -4))
funcs = [square, str, len]
print([f("abc") if f is not square else f(3) for f in funcs])
print(list(map(square, [1, 2, 3])))
alias = square
print(alias is square, alias.__name__, alias(9))
def make_multiplier(n):
    def mul(x):
        return x * n
    mul.__name__ = f"times_{n}"
    return mul
t3 = make_multiplier(3)
print(t3.__name__, t3(7))
print(sorted([-3, 1, -2], key=abs), max(["a", "bbb", "cc"], key=len))
