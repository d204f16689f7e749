class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__)
        return False
with CM():
    print("in body")
    raise OSError("disk on fire")
