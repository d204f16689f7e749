"""Objects other than modules in sys.modules (an int, an instance with
__path__, __all__ or only __dict__, None) under every import form, and
builtin exceptions made through __new__ alone: used to panic."""
import sys
sys.modules["fake"] = 42
try:
    from fake import real
except Exception as e: print(type(e).__name__, e)
try:
    import fake.sub
except Exception as e: print(type(e).__name__, e)
class M:
    __path__ = []
    x = 5
sys.modules["pkg"] = M()
from pkg import x
print(x)
sys.modules["none"] = None
try:
    import none
except Exception as e: print(type(e).__name__, e)
try:
    from none import q
except Exception as e: print(type(e).__name__, e)
e = KeyError.__new__(KeyError)
print(repr(e), e.args)
e = UnicodeDecodeError.__new__(UnicodeDecodeError)
print(type(e).__name__)
try:
    print(str(e))
except Exception as x: print(type(x).__name__)
e = SyntaxError.__new__(SyntaxError)
print(e.msg, e.lineno)
e = StopIteration.__new__(StopIteration)
print(e.value)
e = SystemExit.__new__(SystemExit)
print(e.code)
e = OSError.__new__(OSError)
print(e.errno, e.strerror, e.filename)
e = ImportError.__new__(ImportError)
print(e.name, e.path, e.msg)
e = BaseExceptionGroup.__new__(BaseExceptionGroup, "m", [ValueError()])
print(repr(e))
sys.modules["fake2"] = 42
try:
    from fake2 import *
except Exception as e: print(type(e).__name__, e)
class N:
    __all__ = ["aa"]
    aa = 7
sys.modules["withall"] = N()
from withall import *
print(aa)
class D:
    def __init__(self): self.pub = 1; self._priv = 2
sys.modules["withdict"] = D()
from withdict import *
print(pub)
