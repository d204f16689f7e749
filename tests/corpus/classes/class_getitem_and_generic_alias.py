class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(list[int]([1, 2]), type(list[int]).__name__)
from typing import Optional, Union, List
print(Optional[int], Union[int, str], List[int])
print(int | str, int | None)
