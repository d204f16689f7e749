import _pkg
print(_pkg.PKG_NAME, _pkg._sub.SUB_VALUE, _pkg.exported_func())
from _pkg import _sub
print(_sub is _pkg._sub, _sub.__name__)
from _pkg._sub import sub_func
print(sub_func())
import _pkg._other
print(_pkg._other.OTHER, _pkg._other.DESC)
from _pkg._other import OTHER as o
print(o)
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
print(_pkg.__name__, _pkg._sub.__package__, hasattr(_pkg, "__path__"))
