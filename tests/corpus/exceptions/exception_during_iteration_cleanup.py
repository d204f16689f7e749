class Res:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("open", self.n)
        return self
    def __exit__(self, *e):
        print("close", self.n, e[0].__name__ if e[0] else None)
def process():
    for i in range(3):
        with Res(i):
            if i == 1:
                raise ValueError(f"failed on {i}")
            print("processed", i)
try:
    process()
except ValueError as e:
    print("caught:", e)
def nested_finally():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    finally:
        print("outer finally")
try:
    nested_finally()
except KeyError as e:
    print("caught", repr(e))
