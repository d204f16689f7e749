for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(''), lambda: ord('ab'), lambda: bytes(-1), lambda: bytes([256]),
            lambda: int('', 0), lambda: float('1e'), lambda: complex('1+'), lambda: divmod(1, 0.0), lambda: round(float('inf')),
            lambda: hash([]), lambda: iter(5), lambda: next(iter([])), lambda: getattr(1, 'x'), lambda: setattr(1, 'x', 2),
            lambda: object.__new__(int), lambda: int.__new__(str), lambda: list.__init__(5), lambda: super(), lambda: vars(1),
            lambda: dict(5), lambda: dict([(1,)]), lambda: zip([1], [1, 2], strict=True).__next__() and list(zip([1], [1, 2], strict=True)),
            lambda: enumerate([], start='a'), lambda: sum([[1]], []), lambda: sum(['a'], ''), lambda: isinstance(1, 5),
            lambda: issubclass(1, int), lambda: type('X', (5,), {}), lambda: type('X'), lambda: bytes.fromhex('zz'),
            lambda: memoryview(b'a'), lambda: slice(1, 2, 3).indices(-1), lambda: abs('a'), lambda: complex(1, 'a'),
            lambda: bin(1.0), lambda: format(1, 5), lambda: int(b'12', 10) + int(bytearray(b'3')), lambda: print(1, sep=5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
print(type(type), type.__mro__, object.__subclasses__()[:0], dir(1)[:2], vars(type('Z', (), {'a': 1}))['a'])
print(id(None) == id(None), callable(len), hash(()), hash(frozenset({1, 2})), repr(...), NotImplemented)
