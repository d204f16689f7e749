print("init _pkg")
PKG_NAME = "the package"
from . import _sub
from ._sub import sub_func as exported_func
