import math
import itertools as it
from collections import namedtuple, OrderedDict as OD
import collections.abc
from functools import reduce
from operator import add, mul
print(math.pi, math.floor(-2.5), math.gcd(12, 18))
print(list(it.islice(it.count(5), 3)))
Pair = namedtuple("Pair", "a b")
print(Pair(1, 2), OD(x=1))
print(isinstance({}, collections.abc.Mapping), isinstance([], collections.abc.Mapping))
print(reduce(add, range(5)), reduce(mul, range(1, 6)))
import time
print(hasattr(time, "time"))
def local():
    from math import sqrt
    return sqrt(16)
print(local())
try:
    sqrt
except NameError as e:
    print("NameError", e)
