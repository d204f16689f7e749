"""krait's bootstrap helpers, written in Python: small runtime types that do
not need to be fast (GenericAlias for `list[int]`, SimpleNamespace), and the
parts of `sys` that are named tuples or namespaces."""


class SimpleNamespace:
    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return "%s(%s)" % ("namespace" if type(self) is SimpleNamespace else type(self).__name__, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


class GenericAlias:
    """`list[int]`: a parameterized builtin type."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = ()

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        def r(a):
            if a is Ellipsis:
                return "..."
            if isinstance(a, type):
                if a.__module__ == "builtins":
                    return a.__qualname__
                return "%s.%s" % (a.__module__, a.__qualname__)
            return repr(a)
        return "%s[%s]" % (r(self.__origin__), ", ".join(r(a) for a in self.__args__) if self.__args__ else "()")

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return (self, other)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")


class _StructSeq(tuple):
    _fields = ()

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "%s(%s)" % (self._name, ", ".join("%s=%r" % (f, v) for f, v in zip(self._fields, self)))


def _structseq(name, fields):
    ns = {"_fields": tuple(fields), "_name": name}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name.rsplit(".", 1)[-1], (_StructSeq,), ns)


def _finish_sys(sys):
    import builtins
    builtins.memoryview = memoryview
    builtins.BaseExceptionGroup = BaseExceptionGroup
    builtins.ExceptionGroup = ExceptionGroup
    BaseExceptionGroup.__module__ = ExceptionGroup.__module__ = "builtins"
    vi = _structseq("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"])
    sys.version_info = vi(tuple(sys.version_info))
    impl = SimpleNamespace(name="krait", cache_tag=None, version=vi((0, 1, 0, "alpha", 0)),
                           hexversion=0x000100a0, _multiarch="x86_64-linux-gnu")
    sys.implementation = impl
    fl = _structseq("sys.flags", ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                   "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                                   "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                                   "warn_default_encoding", "safe_path", "int_max_str_digits"])
    sys.flags = fl((0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, 4300))
    fi = _structseq("sys.float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                        "dig", "mant_dig", "epsilon", "radix", "rounds"])
    sys.float_info = fi((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
                         15, 53, 2.220446049250313e-16, 2, 1))
    ii = _structseq("sys.int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                      "str_digits_check_threshold"])
    sys.int_info = ii((30, 4, 4300, 640))
    hi = _structseq("sys.hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                                       "seed_bits", "cutoff"])
    sys.hash_info = hi((64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))


class UnionType:
    """`int | str`: a union of types usable with isinstance()."""

    def __init__(self, args):
        flat = []
        for a in args:
            if isinstance(a, UnionType):
                items = a.__args__
            else:
                items = (type(None) if a is None else a,)
            for x in items:
                if x not in flat:
                    flat.append(x)
        self.__args__ = tuple(flat)

    def __repr__(self):
        def r(a):
            if a is type(None):
                return "None"
            if isinstance(a, type):
                return a.__qualname__ if a.__module__ == "builtins" else "%s.%s" % (a.__module__, a.__qualname__)
            return repr(a)
        return " | ".join(r(a) for a in self.__args__)

    def __or__(self, other):
        return UnionType((self, other))

    def __ror__(self, other):
        return UnionType((other, self))

    def __eq__(self, other):
        return isinstance(other, UnionType) and set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


class memoryview:
    """A byte-oriented view of a bytes-like object (format 'B' only)."""

    def __init__(self, obj):
        if isinstance(obj, memoryview):
            self.obj, self._start, self._stop = obj.obj, obj._start, obj._stop
            return
        if not isinstance(obj, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(obj).__name__)
        self.obj = obj
        self._start = 0
        self._stop = len(obj)

    format = "B"
    itemsize = 1
    ndim = 1

    @property
    def readonly(self):
        return not isinstance(self.obj, bytearray)

    @property
    def nbytes(self):
        return self._stop - self._start

    @property
    def shape(self):
        return (len(self),)

    def __len__(self):
        return self._stop - self._start

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            if step != 1:
                return memoryview(bytes(self.obj[self._start:self._stop][i]))
            v = memoryview(self)
            v._start = self._start + start
            v._stop = self._start + max(start, stop)
            return v
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("index out of bounds on dimension 1")
        return self.obj[self._start + i]

    def __setitem__(self, i, value):
        if self.readonly:
            raise TypeError("cannot modify read-only memory")
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            self.obj[self._start + start:self._start + stop] = value
        else:
            if i < 0:
                i += len(self)
            self.obj[self._start + i] = value

    def __iter__(self):
        for i in range(self._start, self._stop):
            yield self.obj[i]

    def tobytes(self):
        return bytes(self.obj[self._start:self._stop])

    __bytes__ = tobytes

    def tolist(self):
        return list(self.obj[self._start:self._stop])

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def release(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.release()

    def __eq__(self, other):
        if isinstance(other, memoryview):
            return self.tobytes() == other.tobytes()
        if isinstance(other, (bytes, bytearray)):
            return self.tobytes() == bytes(other)
        return NotImplemented

    def __hash__(self):
        if not self.readonly:
            raise ValueError("cannot hash writable memoryview object")
        return hash(self.tobytes())

    def __repr__(self):
        return "<memory at %#x>" % id(self)


class BaseExceptionGroup(BaseException):
    """A group of exceptions raised together (PEP 654)."""

    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError("argument 1 must be str, not %s" % type(message).__name__)
        excs = tuple(exceptions) if not isinstance(exceptions, (str, bytes)) else None
        if excs is None or not hasattr(exceptions, "__len__"):
            raise TypeError("second argument (exceptions) must be a sequence")
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for e in excs:
            if not isinstance(e, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % excs.index(e))
        if cls is BaseExceptionGroup and all(isinstance(e, Exception) for e in excs):
            cls = ExceptionGroup
        if issubclass(cls, Exception) and not all(isinstance(e, Exception) for e in excs):
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = BaseException.__new__(cls, message, excs)
        self._message = message
        self._exceptions = excs
        return self

    def __init__(self, message, exceptions):
        BaseException.__init__(self, message, tuple(exceptions))

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return "%s (%d sub-exception%s)" % (self._message, n, "" if n == 1 else "s")

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self._message, list(self._exceptions))

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _matcher(self, cond):
        if isinstance(cond, type) or (isinstance(cond, tuple) and all(isinstance(c, type) for c in cond)):
            return lambda e: isinstance(e, cond)
        if callable(cond):
            return cond
        raise TypeError("expected a function, exception type or tuple of exception types")

    def _copy_meta(self, eg):
        eg.__cause__ = self.__cause__
        eg.__context__ = self.__context__
        eg.__traceback__ = self.__traceback__
        notes = getattr(self, "__notes__", None)
        if notes is not None:
            eg.__notes__ = list(notes)
        return eg

    def split(self, cond):
        match = self._matcher(cond)
        if match(self):
            return self, None
        yes, no = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                a, b = e.split(cond)
                if a is not None:
                    yes.append(a)
                if b is not None:
                    no.append(b)
            elif match(e):
                yes.append(e)
            else:
                no.append(e)
        y = self._copy_meta(self.derive(yes)) if yes else None
        n = self._copy_meta(self.derive(no)) if no else None
        return y, n

    def subgroup(self, cond):
        return self.split(cond)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


# ---- except* (PEP 654): the halves of CHECK_EG_MATCH and PREP_RERAISE_STAR ----

def _eg_match(exc, types):
    """Splits the still-unhandled exception `exc` by an `except*` clause's types.

    Returns (rest, match, wrapped): `match` is the part the clause handles (None if
    nothing), `rest` what is left for later clauses; `wrapped` says `match` is a new
    group around a naked exception (the interpreter gives it this frame's traceback).
    """
    for t in types if isinstance(types, tuple) else (types,):
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
    for t in types if isinstance(types, tuple) else (types,):
        if issubclass(t, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
    if exc is None:
        return None, None, False
    if isinstance(exc, types):
        if isinstance(exc, BaseExceptionGroup):
            return None, exc, False
        return None, BaseExceptionGroup("", [exc]), True
    if isinstance(exc, BaseExceptionGroup):
        match, rest = exc.split(types)
        return rest, match, False
    return exc, None, False


def _leaf_ids(exc, ids):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaf_ids(e, ids)
    else:
        ids.add(id(exc))


def _prep_reraise_star(orig, excs):
    """What leaves a try/except* statement: `excs` holds what each clause raised
    (or re-raised) and, last, the unhandled rest (None entries are skipped)."""
    if not isinstance(orig, BaseExceptionGroup):
        # a naked exception was wrapped: at most one clause ran
        return excs[0] if excs else None
    raised, reraised = [], []
    for e in excs:
        if e is None:
            continue
        same = (e.__traceback__ is orig.__traceback__ and e.__cause__ is orig.__cause__
                and e.__context__ is orig.__context__)
        (reraised if same else raised).append(e)
    reraised_eg = None
    if reraised:
        ids = set()
        for e in reraised:
            _leaf_ids(e, ids)
        reraised_eg = orig.split(lambda e: not isinstance(e, BaseExceptionGroup) and id(e) in ids)[0]
    if reraised_eg is not None:
        raised.append(reraised_eg)
    if not raised:
        return None
    if len(raised) == 1:
        return raised[0]
    return BaseExceptionGroup("", raised)
