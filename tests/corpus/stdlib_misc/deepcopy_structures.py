import copy
from collections import OrderedDict, defaultdict, deque
data = {"od": OrderedDict(a=[1]), "dd": defaultdict(list, {"k": [2]}), "dq": deque([[3]]), "s": {1, 2}, "fs": frozenset([4])}
d2 = copy.deepcopy(data)
data["od"]["a"].append(10)
data["dd"]["k"].append(20)
data["dq"][0].append(30)
print(dict(d2["od"]), dict(d2["dd"]), list(d2["dq"]), d2["s"], d2["fs"])
print(type(d2["dd"]).__name__, d2["dd"].default_factory is list, type(d2["od"]).__name__)
lst = [[1, 2], [3, 4]]
shallow = lst[:]
shallow[0].append(99)
print(lst, copy.deepcopy(lst) == lst)
