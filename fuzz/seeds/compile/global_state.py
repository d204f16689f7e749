import sys, builtins
old = sys.getrecursionlimit()
sys.setrecursionlimit(50)
def r(n): return r(n + 1) if n < 10**6 else n
try:
    r(0)
except RecursionError:
    print('limited')
sys.setrecursionlimit(old)
print(sys.maxsize, sys.byteorder, sys.version_info[:2], len(sys.argv), type(sys.modules))
saved = builtins.len
builtins.len = lambda x: 42
print(len([]))
builtins.len = saved
print(len([1]))
import gc
gc.collect()
print(gc.isenabled())
