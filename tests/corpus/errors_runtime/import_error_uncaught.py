import sys
print("sys imported:", sys.__name__)
print("trying import")
import _nonexistent_krait_module
print("never")
