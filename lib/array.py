"""This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating point
numbers.  (pure-Python implementation for krait; values are kept in a
list and converted/range-checked like CPython's C implementation.)
"""

import math as _math

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

_LONG_MIN = -2 ** 63
_LONG_MAX = 2 ** 63 - 1
_ULONG_MAX = 2 ** 64 - 1

# (min, max, msg-name) for the small integer codes that go through C long
_SMALL_RANGES = {
    'b': (-128, 127, 'signed char'),
    'B': (0, 255, 'unsigned byte integer'),
    'h': (-2 ** 15, 2 ** 15 - 1, 'signed short integer'),
    'H': (0, 2 ** 16 - 1, 'unsigned short'),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer'),
}

_FLT_MAX = 3.4028234663852886e+38


def _as_index(v):
    if isinstance(v, int):
        return int(v) if type(v) is not int else v
    try:
        meth = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return meth(v)


def _as_double(v):
    if isinstance(v, float):
        return float(v)
    if isinstance(v, int):
        try:
            return float(v)
        except OverflowError:
            raise OverflowError("int too large to convert to float") from None
    t = type(v)
    if hasattr(t, '__float__'):
        return t.__float__(v)
    if hasattr(t, '__index__'):
        return float(t.__index__(v))
    raise TypeError("must be real number, not %s" % t.__name__)


def _round_f32(x):
    """Round a double to the nearest IEEE single precision value."""
    if x != x or x in (_INF, -_INF) or x == 0.0:
        return x
    m, e = _math.frexp(x)
    # x = m * 2**e with 0.5 <= |m| < 1; float32 keeps 24 significant bits
    qexp = e - 24
    if qexp < -149:
        qexp = -149
    q = _math.ldexp(1.0, qexp)
    r = round(x / q) * q
    if r > _FLT_MAX:
        return _INF
    if r < -_FLT_MAX:
        return -_INF
    return r


_INF = float('inf')


def _make_converter(typecode):
    if typecode in _SMALL_RANGES:
        lo, hi, name = _SMALL_RANGES[typecode]

        def conv(v):
            v = _as_index(v)
            if v < lo or v > hi:
                if v < _LONG_MIN or v > _LONG_MAX:
                    raise OverflowError("Python int too large to convert to C long")
                if v < lo:
                    raise OverflowError("%s is less than minimum" % name)
                raise OverflowError("%s is greater than maximum" % name)
            return v
    elif typecode == 'I':
        def conv(v):
            v = _as_index(v)
            if v < 0 or v > 0xFFFFFFFF:
                if v < 0:
                    raise OverflowError("can't convert negative value to unsigned int")
                if v > _ULONG_MAX:
                    raise OverflowError("Python int too large to convert to C unsigned long")
                raise OverflowError("unsigned int is greater than maximum")
            return v
    elif typecode == 'l':
        def conv(v):
            v = _as_index(v)
            if v < _LONG_MIN or v > _LONG_MAX:
                raise OverflowError("Python int too large to convert to C long")
            return v
    elif typecode == 'L':
        def conv(v):
            v = _as_index(v)
            if v < 0 or v > _ULONG_MAX:
                if v < 0:
                    raise OverflowError("can't convert negative value to unsigned int")
                raise OverflowError("Python int too large to convert to C unsigned long")
            return v
    elif typecode == 'q':
        def conv(v):
            v = _as_index(v)
            if v < _LONG_MIN or v > _LONG_MAX:
                raise OverflowError("int too big to convert")
            return v
    elif typecode == 'Q':
        def conv(v):
            v = _as_index(v)
            if v < 0 or v > _ULONG_MAX:
                if v < 0:
                    raise OverflowError("can't convert negative int to unsigned")
                raise OverflowError("int too big to convert")
            return v
    elif typecode == 'f':
        def conv(v):
            return _round_f32(_as_double(v))
    elif typecode == 'd':
        conv = _as_double
    elif typecode == 'u':
        def conv(v):
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return v
    else:
        raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
    return conv


_CONVERTERS = {tc: _make_converter(tc) for tc in typecodes}


# ---- IEEE 754 packing helpers ------------------------------------------

def _float_to_bits(x, ebits, mbits):
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    if x != x:
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits) | (1 << (mbits - 1))
    x = abs(x)
    if x == _INF:
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits)
    if x == 0.0:
        return sign << (ebits + mbits)
    m, e = _math.frexp(x)      # x = m * 2**e, 0.5 <= m < 1
    exp = e - 1 + bias          # biased exponent for 1.f form
    if exp <= 0:
        # subnormal
        mant = int(round(_math.ldexp(x, bias - 1 + mbits)))
        if mant >= (1 << mbits):
            return (sign << (ebits + mbits)) | (1 << mbits)
        return (sign << (ebits + mbits)) | mant
    mant = int(round(_math.ldexp(m * 2.0 - 1.0, mbits)))
    if mant >= (1 << mbits):
        mant = 0
        exp += 1
    if exp >= (1 << ebits) - 1:
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits)
    return (sign << (ebits + mbits)) | (exp << mbits) | mant


def _bits_to_float(bits, ebits, mbits):
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if (bits >> (ebits + mbits)) & 1 else 1.0
    exp = (bits >> mbits) & ((1 << ebits) - 1)
    mant = bits & ((1 << mbits) - 1)
    if exp == (1 << ebits) - 1:
        if mant:
            return float('nan')
        return sign * _INF
    if exp == 0:
        return sign * _math.ldexp(float(mant), 1 - bias - mbits)
    return sign * _math.ldexp(float(mant | (1 << mbits)), exp - bias - mbits)


def _item_to_bytes(typecode, v):
    size = _ITEMSIZE[typecode]
    if typecode == 'd':
        return _float_to_bits(v, 11, 52).to_bytes(8, 'little')
    if typecode == 'f':
        return _float_to_bits(v, 8, 23).to_bytes(4, 'little')
    if typecode == 'u':
        return ord(v).to_bytes(4, 'little')
    return v.to_bytes(size, 'little', signed=typecode in 'bhilq')


def _bytes_to_item(typecode, b):
    if typecode == 'd':
        return _bits_to_float(int.from_bytes(b, 'little'), 11, 52)
    if typecode == 'f':
        return _bits_to_float(int.from_bytes(b, 'little'), 8, 23)
    if typecode == 'u':
        return chr(int.from_bytes(b, 'little'))
    return int.from_bytes(b, 'little', signed=typecode in 'bhilq')


class array(object):
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    a bytes-like object, or iterable over elements of the appropriate type.
    """

    __slots__ = ('_tc', '_a', '_conv')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _CONVERTERS:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._tc = typecode
        self._a = []
        self._conv = _CONVERTERS[typecode]
        if initializer is not None:
            if isinstance(initializer, str):
                if typecode != 'u':
                    raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                    % typecode)
                self._a = list(initializer)
            elif isinstance(initializer, array):
                if initializer._tc == 'u' and typecode != 'u':
                    raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'"
                                    % typecode)
                conv = self._conv
                self._a = [conv(v) for v in initializer._a]
            elif isinstance(initializer, (bytes, bytearray)):
                self.frombytes(initializer)
            else:
                conv = self._conv
                self._a = [conv(v) for v in initializer]
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._tc

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._tc]

    # -- list-like methods ------------------------------------------------

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._a.append(self._conv(v))

    def extend(self, bb, /):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if bb._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._a.extend(bb._a)
            return
        conv = self._conv
        a = self._a
        for v in bb:
            a.append(conv(v))

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        i = _as_index(i)
        self._a.insert(i, self._conv(v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array."""
        i = _as_index(i)
        a = self._a
        if not a:
            raise IndexError("pop from empty array")
        n = len(a)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("pop index out of range")
        return a.pop(i)

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        a = self._a
        for i in range(len(a)):
            x = a[i]
            if x is v or x == v:
                del a[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None, /):
        """Return index of first occurrence of v in the array."""
        a = self._a
        n = len(a)
        start = _as_index(start)
        stop = n if stop is None else _as_index(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
        if stop > n:
            stop = n
        for i in range(start, stop):
            x = a[i]
            if x is v or x == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        c = 0
        for x in self._a:
            if x is v or x == v:
                c += 1
        return c

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._a.reverse()

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._a)

    def fromlist(self, list, /):
        """Append items to array from list."""
        if not isinstance(list, type([])):
            raise TypeError("arg must be list")
        conv = self._conv
        new = [conv(v) for v in list]
        self._a.extend(new)

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        tc = self._tc
        if tc in 'fdu':
            return b''.join([_item_to_bytes(tc, v) for v in self._a])
        size = _ITEMSIZE[tc]
        signed = tc in 'bhilq'
        return b''.join([v.to_bytes(size, 'little', signed=signed) for v in self._a])

    def frombytes(self, buffer, /):
        """Appends items from the string, interpreting it as an array of machine values."""
        if isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(buffer)
        size = _ITEMSIZE[self._tc]
        if len(b) % size:
            raise ValueError("bytes length not a multiple of item size")
        tc = self._tc
        self._a.extend([_bytes_to_item(tc, b[i:i + size]) for i in range(0, len(b), size)])

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._tc != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._a)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(ustr).__name__)
        if self._tc != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._a.extend(ustr)

    def byteswap(self):
        """Byteswap all items of the array."""
        tc = self._tc
        size = _ITEMSIZE[tc]
        if size == 1:
            return
        self._a = [_bytes_to_item(tc, _item_to_bytes(tc, v)[::-1]) for v in self._a]

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and the length in items."""
        return (id(self), len(self._a))

    def __copy__(self):
        return array(self._tc, self)

    def __deepcopy__(self, memo):
        return array(self._tc, self)

    def __reduce_ex__(self, protocol):
        return (array, (self._tc, list(self._a)), None)

    # -- sequence protocol -------------------------------------------------

    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __contains__(self, v):
        for x in self._a:
            if x is v or x == v:
                return True
        return False

    def __getitem__(self, i):
        if isinstance(i, slice):
            new = array.__new__(array, self._tc)
            new._a = self._a[i]
            return new
        if not isinstance(i, int):
            if not hasattr(type(i), '__index__'):
                raise TypeError("array indices must be integers")
            i = _as_index(i)
        a = self._a
        n = len(a)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("array index out of range")
        return a[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._a[i] = list(v._a)
            return
        if not isinstance(i, int):
            if not hasattr(type(i), '__index__'):
                raise TypeError("array indices must be integers")
            i = _as_index(i)
        a = self._a
        n = len(a)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("array assignment index out of range")
        a[i] = self._conv(v)

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._a[i]
            return
        if not isinstance(i, int):
            if not hasattr(type(i), '__index__'):
                raise TypeError("array indices must be integers")
            i = _as_index(i)
        a = self._a
        n = len(a)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("array assignment index out of range")
        del a[i]

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        new = array.__new__(array, self._tc)
        new._a = self._a + other._a
        return new

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("can only extend with array of same kind")
        self._a.extend(other._a)
        return self

    def __mul__(self, n):
        n = _as_index(n)
        new = array.__new__(array, self._tc)
        new._a = self._a * n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _as_index(n)
        self._a *= n
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return other._a

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a == other._a

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a != other._a

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a < other._a

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a <= other._a

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a > other._a

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a >= other._a

    __hash__ = None

    def __repr__(self):
        tc = self._tc
        if not self._a:
            return "array('%s')" % tc
        if tc == 'u':
            return "array('%s', %r)" % (tc, ''.join(self._a))
        return "array('%s', %r)" % (tc, self._a)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


ArrayType = array
