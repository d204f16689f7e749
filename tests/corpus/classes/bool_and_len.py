class Empty:
    def __len__(self):
        print("len called")
        return 0
class Truthy:
    def __bool__(self):
        print("bool called")
        return True
    def __len__(self):
        print("len never called")
        return 0
class Plain: pass
print(bool(Empty()), bool(Truthy()), bool(Plain()))
if not Empty():
    print("empty is falsy")
print(len(Empty()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
class Big:
    def __len__(self):
        return 2 ** 70
try:
    len(Big())
except OverflowError as e:
    print("OverflowError", e)
print(Empty() or "fallback")
