x: int = 5
y: 'str'
def f(a: int, *b: 'x', c: list[int] = [], **d: dict) -> None: pass
print(f.__annotations__ if hasattr(f, '__annotations__') else None, __annotations__)
class A:
    z: int = 1
    w: 'A'
print(A.__annotations__, A.z)
import typing
T = typing.TypeVar('T')
def g(x: typing.Optional[typing.List[T]]) -> typing.Union[int, str]: return 1
print(g(None), typing.get_type_hints(g) if hasattr(typing, 'get_type_hints') else '')
