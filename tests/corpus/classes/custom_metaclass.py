class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")))
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class Base(metaclass=Meta):
    def f(self): pass
class Child(Base, flag=True):
    x = 1
    def __init__(self, v):
        self.v = v
c = Child(7)
print(c.v, Child.created_by, type(Child).__name__)
print(Child, [Base])
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Db(metaclass=Singleton):
    def __init__(self):
        print("Db init")
print(Db() is Db())
