from _star_mod import *
print(public_a, _exported_private)
try:
    print(public_b)
except NameError as e:
    print("NameError", e)
from _nostar_all import *
print(visible)
try:
    print(_invisible)
except NameError as e:
    print("NameError", e)
