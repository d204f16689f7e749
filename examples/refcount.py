# The reference-counting demo from the seed article ("Why Does Python Have a GIL?").
import sys

a = [1, 2, 3]          # Reference count: 1
b = a                   # Reference count: 2
print(sys.getrefcount(a))  # 3 (includes the temporary reference from getrefcount itself)

del b                   # Reference count drops back
del a                   # Reference count hits 0 -> object deallocated
