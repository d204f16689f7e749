class Always:
    def __bool__(self):
        return True
class Never:
    def __len__(self):
        return 0
vals = [0, 1, "", "a", [], [None], None, Always(), Never(), 0.0, -0.0, float("nan")]
print([bool(v) for v in vals])
print([1 if v else 0 for v in vals])
print(sorted([True, False, True, 0, 1]))
print(max(False, 0), max(0, False), min(True, 1), False < True <= 1 < 2)
print(NotImplemented.__class__.__name__, Ellipsis, ..., type(...).__name__, bool(NotImplemented) if False else "skip")
print(None.__class__.__name__, None.__eq__(None), None.__eq__(1), None.__ne__(1))
