from __future__ import annotations
from typing import TYPE_CHECKING, Literal, Final, cast, get_type_hints, Protocol, runtime_checkable
class Node:
    def __init__(self, value: int, nxt: Node | None = None) -> None:
        self.value = value
        self.nxt = nxt
    def append(self, v: int) -> Node:
        return Node(v, self)
n = Node(1).append(2)
print(n.value, n.nxt.value, Node.append.__annotations__)
print(TYPE_CHECKING)
def mode(m: Literal["r", "w"]) -> str:
    return m
MAX: Final = 10
print(mode("r"), MAX, cast(int, "not really"), cast("List[int]", [1]))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self) -> None:
        pass
print(isinstance(F(), Closer), isinstance(5, Closer))
def typed(a: int, b: str = "x") -> bool:
    return True
print(get_type_hints(typed))
