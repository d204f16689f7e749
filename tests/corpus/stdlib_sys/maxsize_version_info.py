import sys
print(sys.maxsize == 2**63 - 1 or sys.maxsize == 2**31 - 1, sys.maxsize > 2**30)
print(type(sys.maxsize).__name__, -sys.maxsize - 1 < 0)
print(sys.version_info[:2] >= (3, 0), sys.version_info >= (3, 8), sys.version_info.major == 3)
print(sys.version_info[0], isinstance(sys.version, str), sys.byteorder in ("little", "big"))
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon == 2.0**-52, sys.float_info.dig)
print(sys.float_info.min, sys.float_info.mant_dig)
print(isinstance(sys.platform, str), sys.maxunicode)
