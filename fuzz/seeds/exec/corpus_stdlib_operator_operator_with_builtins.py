import operator
from functools import reduce
print(reduce(operator.mul, range(1, 8)))
print(list(map(operator.add, [1, 2, 3], [10, 20, 30])))
print(sorted({"a": 3, "b": 1, "c": 2}.items(), key=operator.itemgetter(1)))
print(max({"a": 3, "b": 1}.items(), key=operator.itemgetter(1))[0])
print(list(map(operator.methodcaller("strip"), [" a ", "b "])))
print(list(filter(operator.not_, [0, 1, "", "x", None])))
print(list(map(operator.neg, range(3))), list(map(operator.truth, [0, 2])))
try:
    operator.add(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
