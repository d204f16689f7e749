from enum import Enum
class Level(Enum):
    DEBUG = 10
    INFO = 20
print(Level(10))
print(Level(30))
