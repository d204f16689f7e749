from enum import Enum
class Color(Enum):
    RED = "r"
    GREEN = "g"
class Const:
    LIMIT = 10
def paint(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN:
            return "green!"
        case Const.LIMIT:
            return "limit value"
        case _:
            return "unknown"
print(paint(Color.RED), paint(Color.GREEN), paint(10), paint("r"))
LIMIT = 10
match 3:
    case LIMIT:   # bare name is a capture, not a value pattern
        print("captured, LIMIT is now", LIMIT)
