def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@register
@with_tag("important")
@add_repr
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
print(Item("bolt", 3), Item.tag, registry)
def replace(cls):
    return "not a class anymore"
@replace
class Gone: pass
print(Gone)
