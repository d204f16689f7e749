from typing import List, Dict, Optional, Union, Any, Callable, Tuple, Set, Iterable, Iterator, Sequence, Mapping
def total(xs: List[int], scale: Optional[float] = None) -> float:
    s = sum(xs)
    return s * scale if scale is not None else float(s)
def apply(f: Callable[[int], int], v: Union[int, str]) -> Any:
    return f(v) if isinstance(v, int) else v
def pairs(d: Dict[str, int]) -> List[Tuple[str, int]]:
    return sorted(d.items())
print(total([1, 2, 3]), total([1, 2], 0.5), apply(lambda x: x * 2, 4), apply(abs, "s"), pairs({"b": 2, "a": 1}))
print(total.__annotations__["xs"] == List[int], apply.__annotations__["return"] is Any)
print(sorted(total.__annotations__))
x: Set[int] = {1}
y: "Iterable[str]" = ["a"]
print(x, y, __annotations__["x"] == Set[int], __annotations__["y"])
def gen() -> Iterator[int]:
    yield 1
print(list(gen()), Optional[int] == Union[int, None], Union[int, int] == int)
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(iter([]), Iterator))
print(List[int], Dict[str, Any], Optional[str], Callable[[int], str])
