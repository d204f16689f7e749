from __future__ import annotations
def f(x: UndefinedType, y: int = 3) -> AlsoUndefined:
    return x
print(f(1), f.__annotations__)
class A:
    attr: SomethingElse
    def m(self) -> A:
        return self
print(A.__annotations__, A.m.__annotations__)
