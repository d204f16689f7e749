"""Functional tools for creating and using iterators (pure-Python, krait).

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)
"""

import sys as _sys

_MAXSIZE = _sys.maxsize


def _is_number(x):
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__') or hasattr(t, '__complex__'))


def _check_int(x, name):
    if isinstance(x, int):
        return x
    try:
        meth = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return meth(x)


class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """

    __slots__ = ('_cnt', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        c = self._cnt
        self._cnt = c + self._step
        return c

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._cnt)
        return '%s(%r, %r)' % (type(self).__name__, self._cnt, step)

    def __reduce__(self):
        return type(self), (self._cnt, self._step)


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly.
    """

    __slots__ = ('_obj', '_cnt')

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._cnt = -1
        else:
            times = _check_int(times, 'times')
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        c = self._cnt
        if c == 0:
            raise StopIteration
        if c > 0:
            self._cnt = c - 1
        return self._obj

    def __length_hint__(self):
        if self._cnt < 0:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        if self._cnt < 0:
            return '%s(%r)' % (type(self).__name__, self._obj)
        return '%s(%r, %d)' % (type(self).__name__, self._obj, self._cnt)

    def __reduce__(self):
        if self._cnt < 0:
            return type(self), (self._obj,)
        return type(self), (self._obj, self._cnt)


def _cycle(it):
    saved = []
    append = saved.append
    for element in it:
        yield element
        append(element)
    if not saved:
        return
    while True:
        yield from saved


def cycle(iterable, /):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    return _cycle(iter(iterable))


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


def _chain_gen(iterables):
    for it in iterables:
        yield from it


def _chain_from_iterable_gen(outer):
    for it in outer:
        yield from it


class chain:
    """chain(*iterables) --> chain object

    Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted.
    """

    def __new__(cls, *iterables):
        return _chain_gen(iterables)

    @staticmethod
    def from_iterable(iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        return _chain_from_iterable_gen(iter(iterable))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def dropwhile(predicate, iterable, /):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def takewhile(predicate, iterable, /):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def filterfalse(function, iterable, /):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse(function, iter(iterable))


_NULL = object()


def _groupby(it, keyfunc):
    tgtkey = _NULL
    currkey = _NULL
    currvalue = _NULL
    token = None

    def step():
        nonlocal currkey, currvalue
        value = next(it)
        currkey = value if keyfunc is None else keyfunc(value)
        currvalue = value

    def grouper(mytoken, mytgtkey):
        nonlocal currvalue
        while True:
            if token is not mytoken:
                return
            if currvalue is _NULL:
                try:
                    step()
                except StopIteration:
                    return
            k = currkey
            if not (mytgtkey is k or mytgtkey == k):
                return
            r = currvalue
            currvalue = _NULL
            yield r

    while True:
        token = None
        while True:
            if currkey is _NULL:
                pass
            elif tgtkey is _NULL:
                break
            else:
                if not (tgtkey is currkey or tgtkey == currkey):
                    break
            try:
                step()
            except StopIteration:
                return
        tgtkey = currkey
        token = object()
        yield currkey, grouper(token, tgtkey)


def groupby(iterable, key=None):
    """make an iterator that returns consecutive keys and groups from the iterable"""
    return _groupby(iter(iterable), key)


def _as_ssize(x):
    """Emulate PyNumber_AsSsize_t with errors mapped to -1."""
    try:
        v = _check_int(x, '')
    except TypeError:
        return -1
    if v > _MAXSIZE or v < -_MAXSIZE - 1:
        return -1
    return v


def _islice_gen(it, start, stop, step):
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop != -1 and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop != -1 and nxt > stop:
            nxt = stop
        yield item


def _islice_simple(it, stop):
    # islice(it, stop) with 0 <= stop
    cnt = 0
    while cnt < stop:
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        yield item


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.
    """
    nargs = len(args)
    if nargs < 1:
        raise TypeError('islice expected at least 2 arguments, got %d' % (nargs + 1))
    if nargs > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (nargs + 1))
    start = 0
    stop = -1
    step = 1
    if nargs == 1:
        a1 = args[0]
        if a1 is not None:
            stop = _as_ssize(a1)
            if stop == -1:
                raise ValueError("Stop argument for islice() must be None or an "
                                 "integer: 0 <= x <= sys.maxsize.")
    else:
        a1 = args[0]
        a2 = args[1]
        if a1 is not None:
            start = _as_ssize(a1)
        if a2 is not None:
            stop = _as_ssize(a2)
            if stop == -1:
                raise ValueError("Stop argument for islice() must be None or an "
                                 "integer: 0 <= x <= sys.maxsize.")
    if start < 0 or stop < -1:
        raise ValueError("Indices for islice() must be None or an integer: "
                         "0 <= x <= sys.maxsize.")
    if nargs == 3:
        a3 = args[2]
        if a3 is not None:
            step = _as_ssize(a3)
    if step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    it = iter(iterable)
    if start == 0 and step == 1 and stop != -1:
        return _islice_simple(it, stop)
    return _islice_gen(it, start, stop, step)


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


def starmap(function, iterable, /):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


class _tee:
    """Iterator wrapped to make it copyable."""

    __slots__ = ('_it', '_link', '_gen')

    def __init__(self, iterator, link):
        self._it = iterator
        self._link = link
        self._gen = None

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link[1]
        if nxt is None:
            value = next(self._it)
            nxt = [None, None]
            link[0] = value
            link[1] = nxt
        self._link = nxt
        return link[0]

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _check_int(n, 'n')
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        first = iterable.__copy__()
        result = [first]
        for _ in range(n - 1):
            result.append(first.__copy__())
        return tuple(result)
    it = iter(iterable)
    link = [None, None]
    return tuple(_tee(it, link) for _ in range(n))


def _zip_longest(its, fillvalue):
    num_active = len(its)
    if not num_active:
        return
    active = [True] * num_active
    while True:
        values = []
        for i, it in enumerate(its):
            if active[i]:
                try:
                    value = next(it)
                except StopIteration:
                    num_active -= 1
                    if not num_active:
                        return
                    active[i] = False
                    value = fillvalue
            else:
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*args, fillvalue=None):
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument.
    """
    its = [iter(a) for a in args]
    return _zip_longest(its, fillvalue)


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def pairwise(iterable, /):
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ...
    """
    return _pairwise(iter(iterable))


def _product(pools):
    n = len(pools)
    if n == 0:
        yield ()
        return
    for p in pools:
        if not p:
            return
    if n == 1:
        for x in pools[0]:
            yield (x,)
        return
    if n == 2:
        p0, p1 = pools
        for x in p0:
            for y in p1:
                yield (x, y)
        return
    indices = [0] * n
    lens = [len(p) for p in pools]
    result = [p[0] for p in pools]
    yield tuple(result)
    while True:
        i = n - 1
        while i >= 0:
            j = indices[i] + 1
            if j < lens[i]:
                indices[i] = j
                result[i] = pools[i][j]
                break
            indices[i] = 0
            result[i] = pools[i][0]
            i -= 1
        else:
            return
        yield tuple(result)


def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    repeat = _check_int(repeat, 'repeat')
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)
    """
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        if not isinstance(r, int):
            raise TypeError("Expected int as r")
        if r < 0:
            raise ValueError("r must be non-negative")
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)
    """
    r = _check_int(r, 'r')
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> AA AB AC BB BC CC
    """
    r = _check_int(r, 'r')
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_with_replacement(pool, r)


__all__ = ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'starmap', 'takewhile', 'tee', 'zip_longest', 'product',
           'permutations', 'combinations', 'combinations_with_replacement']
