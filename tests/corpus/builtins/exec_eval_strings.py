print(eval("1 + 2 * 3"))
print(eval("[x * 2 for x in range(4)]"))
print(eval("a + b", {"a": 1, "b": 2}))
print(eval("a * k", {"a": 3}, {"k": 5}))
print(eval("  42  "))
ns = {}
exec("x = 10\ny = x * 2\ndef f(z):\n    return z + y\n", ns)
print(ns["x"], ns["y"], ns["f"](1))
exec("print('inside exec')")
r = exec("1 + 1")
print(r)
loc = {}
exec("import math\nv = math.floor(2.7)", {}, loc)
print(loc["v"])
code = compile("3 ** 2", "<expr>", "eval")
print(eval(code))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("x = 1")
except SyntaxError:
    print("SyntaxError for statement in eval")
