print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2})
print({} == {}, {1: [1]} == {1: [1]}, {1: 2} == [(1, 2)], dict(a=1) == {"a": 1})
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(type(e).__name__, e)
from collections import OrderedDict
print(OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
nan = float("nan")
print({1: nan} == {1: nan}, {1: float("nan")} == {1: float("nan")})
