class AppError(Exception):
    """Base for the app."""
class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__(f"{what} not found", code)
        self.what = what
        self.code = code
class Weird(AppError):
    def __str__(self):
        return "custom str"
try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, e.args, e.what, e.code)
    print(repr(e))
try:
    raise Weird("ignored", 1)
except Weird as e:
    print(str(e), repr(e), e.args)
for args in [(), ("one",), ("a", 2), (None,)]:
    e = AppError(*args)
    print(repr(str(e)), repr(e))
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuperInit(5)
print(e.args, str(e), e.x)
