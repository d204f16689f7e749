from typing import NamedTuple, TypedDict, Optional
class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: Optional[int] = None
    def describe(self) -> str:
        return f"{self.name}@{self.dept}"
e = Employee("ann")
print(e, e.describe(), e._fields, e._field_defaults, e[0], e._replace(dept="ops"))
print(Employee._make(["b", "c", 1]), e._asdict(), isinstance(e, tuple))
try:
    Employee()
except TypeError as err:
    print(type(err).__name__, err)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Alien", "year": 1979}
print(m, type(m).__name__, m["year"])
m2 = Movie(title="Up", year=2009)
print(m2, isinstance(m2, dict), sorted(Movie.__annotations__))
class Partial(TypedDict, total=False):
    a: int
print(Partial(), Partial.__total__)
