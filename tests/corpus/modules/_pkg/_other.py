from ._sub import SUB_VALUE
from . import PKG_NAME
OTHER = SUB_VALUE * 2
DESC = "other sees " + PKG_NAME
