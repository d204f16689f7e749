def f():
    "single quoted docstring"
    return 1
def g():
    x = 1
    "not a docstring"
    return x
class C:
    """Class doc."""
    def m(self):
        """Method doc."""
print(f.__doc__)
print(g.__doc__)
print(C.__doc__, C.m.__doc__, C().m.__doc__)
print(__doc__)
print(__name__)
