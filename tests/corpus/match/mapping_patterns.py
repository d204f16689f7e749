def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"
print(handle({"type": "click", "pos": (3, 4)}))
print(handle({"type": "key", "key": "q", "mod": "ctrl"}))
print(handle({"type": "key", "key": 5}))
print(handle({"type": "scroll", "extra": 1}))
print(handle({"other": 1}))
print(handle([("type", "click")]))
from collections import defaultdict
dd = defaultdict(int)
match dd:
    case {"missing": 0}:
        print("defaultdict default used?")
    case _:
        print("mapping patterns use get(), no default")
print(dict(dd))
