from typing import TypeVar, Generic, List, Optional
T = TypeVar("T")
K = TypeVar("K", int, str)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None
s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.peek(), s.items)
si = Stack[str]()
si.push("a")
print(si.peek(), type(si).__name__, isinstance(si, Stack))
def first(xs: List[T]) -> T:
    return xs[0]
print(first([9, 8]), T.__name__, K.__constraints__ == (int, str))
print(T, Stack[int])
