for src in ['1+', 'x = 1', 'def f(:', '\x00', 'yield', 'return', 'import sys; sys.exit(3)', '(' * 300, 'lambda: (yield)',
            'exec("exec(\'1\')")', 'raise SystemExit', 'f\'{\'', "nonlocal x", "class A: nonlocal x"]:
    for fn in (eval, exec):
        try:
            fn(src)
        except BaseException as e:
            print(fn.__name__, type(e).__name__)
c = compile('a = 5', '<s>', 'exec')
ns = {}
exec(c, ns)
print(ns['a'], eval('a * 2', ns), eval('x', {}, {'x': 1}))
try:
    eval('__import__("sys").setrecursionlimit(10)')
except Exception as e:
    print(e)
import sys
sys.setrecursionlimit(1000)
