def documented(a, b=1, *args, c, **kw):
    """The docstring."""
    x = a
    return x
print(documented.__name__, documented.__qualname__)
print(documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__code__.co_varnames)
print(documented.__code__.co_argcount)
documented.tag = "custom"
print(documented.tag, documented.__dict__)
def nodoc(): pass
print(nodoc.__doc__, nodoc())
class K:
    def method(self):
        def inner(): pass
        return inner
print(K.method.__qualname__, K().method().__qualname__)
def annotated(x: int, y: "str" = "a") -> bool:
    return True
print(annotated.__annotations__)
print(callable(documented), callable(3))
