from abc import ABC, ABCMeta, abstractmethod
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def value(self):
        ...
class Impl(Base):
    @property
    def value(self):
        return 42
print(Impl().value)
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented
print(isinstance([], Sized), isinstance(5, Sized))
Sized.register(int)
print(isinstance(5, Sized))
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
