def split(seq):
    match seq:
        case [*head, "end"]:
            return ("ended", head)
        case ["start", *tail]:
            return ("started", tail)
        case [*all_items]:
            return ("all", all_items)
print(split(["a", "b", "end"]))
print(split(("start", 1, 2)))
print(split([1]))
print(split([]))
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **others}:
        print(others)
match {"x": 1}:
    case {"x": 1, **rest}:
        print("empty rest", rest)
import collections
match collections.OrderedDict(k=1):
    case {"k": v}:
        print("OrderedDict is a mapping", v)
match collections.deque([1, 2]):
    case [a, b]:
        print("deque is a sequence", a, b)
