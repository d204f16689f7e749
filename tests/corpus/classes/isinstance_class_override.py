# isinstance(x, C) when type(x) is not a subclass of C reads x.__class__
# (proxies): a class that defines __class__ or __getattribute__ answers,
# and so do its subclasses; plain classes and builtins do not.
class A:
    pass


class B:
    pass


class Proxy:
    @property
    def __class__(self):
        return A


class Intercept:
    def __getattribute__(self, name):
        if name == "__class__":
            return B
        return object.__getattribute__(self, name)


class SubProxy(Proxy):
    pass


class NotAType:
    __class__ = property(lambda self: 42)


class M(A):
    pass


def check(label, x, cls):
    print(label, isinstance(x, cls))


for _ in range(3):
    check("A() B", A(), B)
    check("Proxy() A", Proxy(), A)
    check("Proxy() B", Proxy(), B)
    check("Proxy() Proxy", Proxy(), Proxy)
    check("SubProxy() A", SubProxy(), A)
    check("Intercept() B", Intercept(), B)
    check("Intercept() A", Intercept(), A)
    check("NotAType() A", NotAType(), A)
    check("NotAType() int", NotAType(), int)
    check("M() A", M(), A)
    check("M() (B, A)", M(), (B, A))
    check("M() B", M(), B)
    check("3 str", 3, str)
    check("'s' (int, str)", "s", (int, str))
    check("Proxy() (int, A)", Proxy(), (int, A))
    print(type(Proxy()).__name__, Proxy().__class__.__name__)
