from __future__ import annotations, braces
from . import x
from .. a import (b as c,)
import a.b.c as d
