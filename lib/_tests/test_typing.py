import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _harness import check_programs

progs = {}
progs['typing'] = r'''
import typing
from typing import (Any, Optional, Union, List, Dict, Set, Tuple, Callable, Iterable, Iterator, Generator, Type, TypeVar,
                    Generic, Protocol, NamedTuple, TypedDict, cast, overload, final, Literal, ClassVar, TYPE_CHECKING,
                    get_type_hints, get_origin, get_args, Sequence, Mapping, FrozenSet, DefaultDict, Deque, Counter,
                    runtime_checkable, NewType, Annotated, NoReturn, Final, AnyStr, Hashable, Sized, SupportsInt, IO, TextIO)
print(TYPE_CHECKING, Any, Optional[int], Union[int, str], Union[int, None], Union[int], Union[int, Union[str, int]])
print(List[int], Dict[str, int], Set[bytes], Tuple[int, ...], Tuple[int, str], Tuple[()], Callable[[int, str], bool], Callable[..., int])
print(Iterable[int], Iterator[str], Generator[int, None, None], Type[int], Sequence[float], Mapping[str, List[int]], FrozenSet[int])
print(Literal[1, 'a'], ClassVar[int], Final[int], Annotated[int, 'meta'], Optional[List[int]], List, Dict, typing.Tuple, Callable)
T = TypeVar('T'); K = TypeVar('K', bound=int); S = TypeVar('S', str, bytes)
print(T, K, S, T.__name__, K.__bound__, S.__constraints__, List[T], Dict[str, T][int])
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
b = Box(5); print(b.get(), Box[int], Box[int](3).v, Box.__parameters__, isinstance(b, Box))
class Pair(Generic[K, T]): pass
print(Pair[int, str], Pair.__parameters__)
print(cast(int, 'x'), cast('str', 5))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))
@final
class Fin: pass
print(Fin.__final__ if hasattr(Fin, '__final__') else 'nofinal')
class Emp(NamedTuple):
    name: str
    id: int = 3
e = Emp('bob'); print(e, e.name, e.id, Emp._fields, Emp._field_defaults, Emp('a', 1)._asdict(), isinstance(e, tuple), type(e).__name__)
print(Emp.__annotations__)
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1); print(m, type(m), Movie.__annotations__, Movie.__required_keys__ == {'name', 'year'}, Movie.__total__)
class Partial(TypedDict, total=False):
    a: int
print(Partial.__total__, Partial(a=1))
def g(a: int, b: 'str' = 'x') -> List[int]: pass
print(get_type_hints(g))
class Annot:
    x: int
    y: Optional[str] = None
print(get_type_hints(Annot), get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(int), get_args(Callable[[int], str]))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable))
class P2(Protocol):
    def m(self) -> int: ...
class Impl(P2):
    def m(self): return 1
print(Impl().m())
UserId = NewType('UserId', int); print(UserId(5), UserId, UserId.__name__)
print(Optional[int] == Union[int, None], List[int] == List[int], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]))
print(repr(Any), repr(NoReturn), AnyStr, Hashable, Sized, SupportsInt, DefaultDict[str, int], Deque[int], Counter[str])
print(isinstance([], typing.List), isinstance({}, typing.Dict), issubclass(list, typing.Sequence), isinstance(3, Hashable))
def h(x: 'Box[int]') -> None: pass
print(get_type_hints(h))
print(typing.get_type_hints(Emp))
print(Union[int, str].__args__, List[int].__origin__, Tuple[int, str].__args__)
class Node(Generic[T]):
    children: List['Node[T]']
print(Node[int], Node.__orig_bases__ if hasattr(Node, '__orig_bases__') else None)
IntList = List[int]; print(IntList, IntList.__origin__)
Vec = List[Tuple[T, T]]; print(Vec[float])
print(typing.Text, typing.ByteString, typing.Awaitable[int], typing.ContextManager[int], typing.Pattern, typing.Match[str])
print(Literal['a'] == Literal['a'], Literal[1, 2].__args__)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
s = Stack[int](); s.push(1); print(s.items)
print(typing.Optional, typing.Union, typing.Generic, typing.Protocol)
'''
errs = ["Optional[int, str]", "List[int, str]", "TypeVar('T', int)", "Generic[int]", "isinstance(1, List[int])",
        "class P(Protocol):\n    def m(self): ...\nisinstance(1, P)", "Literal", "cast()", "class E(NamedTuple):\n    x: int\nE()", "Callable[int, str]",
        "class B(Generic[T]): pass\nB[int, str]", "class TD(TypedDict):\n    a: int\nisinstance({}, TD)", "NewType('U', int)('a', 'b')"]
for i, e in enumerate(errs):
    progs['err%d' % i] = "from typing import *\nT = TypeVar('T')\n" + e

if __name__ == '__main__':
    sys.exit(1 if check_programs(progs, verbose='-v' in sys.argv) else 0)
