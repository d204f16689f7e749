try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
class Custom(Exception):
    def __init__(self):
        super().__init__("made by class raise")
try:
    raise Custom
except Custom as e:
    print(e)
try:
    raise 42
except TypeError as e:
    print("TypeError", e)
try:
    raise object
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)
class NotExc: pass
try:
    try:
        pass
    finally:
        raise NotExc()
except TypeError as e:
    print("TypeError", e)
