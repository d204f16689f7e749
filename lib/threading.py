"""Thread objects and synchronization primitives built on the _thread module.

krait's own implementation of the CPython 3.11 `threading` API: Thread, Timer,
Lock/RLock, Condition, Semaphore/BoundedSemaphore, Event, Barrier, local,
excepthook, and the module-level helpers (current_thread, enumerate, ...).

Design notes:
  * A started Thread owns a "tstate lock" that join() and is_alive() wait on
    or poll. When _thread offers _set_sentinel() (as CPython's does), it is a
    lock the runtime releases once the thread is completely gone; otherwise
    start() acquires a plain lock that the thread releases as its very last
    Python action. Non-daemon threads' locks are also kept in a set that
    _shutdown() (called by the interpreter at exit) waits on.
  * `local` keeps one attribute dict per thread ident; a Thread created by
    this module drops its entries when it finishes (no weakrefs needed).
"""

import sys as _sys
import _thread
from time import monotonic as _time
from collections import deque as _deque
from itertools import count as _count

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
_HAVE_THREAD_NATIVE_ID = hasattr(_thread, 'get_native_id')
if _HAVE_THREAD_NATIVE_ID:
    get_native_id = _thread.get_native_id
    __all__.append('get_native_id')
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
_CRLock = getattr(_thread, 'RLock', None)
_set_sentinel = getattr(_thread, '_set_sentinel', None)
Lock = _allocate_lock

# ---------------------------------------------------------------------------
# Debugger / profiler hooks: stored only (krait has no tracing machinery).

_trace_hook = None
_profile_hook = None


def setprofile(func):
    """Set a profile function for all threads started from threading."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from threading."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


# ---------------------------------------------------------------------------
# Locks

def RLock(*args, **kwargs):
    """Factory returning a new reentrant lock (native when available)."""
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


class _RLock:
    """Pure-Python reentrant lock: owner ident plus a recursion count."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        try:
            owner = _active[owner].name
        except KeyError:
            pass
        cls = self.__class__
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            cls.__module__, cls.__qualname__, owner, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # Condition support: fully release / restore the recursion level.
    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()


_PyRLock = _RLock


# ---------------------------------------------------------------------------
# Condition, Semaphore, Event, Barrier

class Condition:
    """Condition variable: lets threads wait until notified by another thread.

    Each waiter blocks on its own freshly acquired lock, which notify()
    releases; the underlying lock (an RLock by default) is released while
    waiting and reacquired before wait() returns.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Use the lock's own helpers when it has them (RLock does).
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            try:
                setattr(self, name, getattr(lock, name))
            except AttributeError:
                pass
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # Plain locks don't know their owner: held by someone means "owned".
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until the timeout (seconds) expires.

        Returns True unless the timeout expired.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        gotit = False
        try:
            if timeout is None:
                gotit = waiter.acquire()
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout expires.

        Returns the last value of predicate().
        """
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass  # a waiter that timed out concurrently
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements (blocking at zero) and release()
    increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting while it is zero.

        Returns False if non-blocking or timed out without acquiring.
        """
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking up as many waiters."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Like Semaphore.release(), but ValueError if it would overflow."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


class Event:
    """A boolean flag that threads can wait on until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        return self._flag

    def set(self):
        """Set the flag and wake up every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag to false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is true or the timeout expires; return the flag."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


# Barrier states
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """A barrier for a fixed number of threads: wait() blocks until `parties`
    threads are waiting, then releases them all at once.

    The optional `action` runs in one of the threads when the barrier trips;
    `timeout` is the default for wait().
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the barrier; return this thread's arrival index
        (0 .. parties-1). Raises BrokenBarrierError if the barrier breaks."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # A previous cycle may still be draining or resetting.
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    if not self._cond.wait_for(lambda: self._state != _FILLING,
                                               timeout):
                        self._break()
                        raise BrokenBarrierError
                    if self._state < 0:
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                # The last thread out wakes threads queued for the next cycle.
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    def reset(self):
        """Return the barrier to its empty initial state; current waiters
        get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Put the barrier into the broken state."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        """The number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads currently waiting in the barrier."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is in the broken state."""
        return self._state == _BROKEN


# ---------------------------------------------------------------------------
# Thread registry

_counter = _count(1).__next__
_active_limbo_lock = _allocate_lock()
_active = {}    # ident -> running Thread
_limbo = {}     # Thread -> Thread, started but not yet running
_shutdown_locks = set()   # tstate locks of non-daemon threads
_threading_atexits = []
_SHUTTING_DOWN = False


def _newname(name_template):
    with _active_limbo_lock:
        return name_template % _counter()


def _maintain_shutdown_locks():
    """Forget the locks of threads that have finished (caller holds
    _active_limbo_lock)."""
    done = [lock for lock in _shutdown_locks if not lock.locked()]
    _shutdown_locks.difference_update(done)


# ---------------------------------------------------------------------------
# excepthook

class ExceptHookArgs(tuple):
    """ExceptHookArgs((exc_type, exc_value, exc_traceback, thread))"""
    __slots__ = ()

    def __new__(cls, sequence):
        args = tuple(sequence)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            "(%d-sequence given)" % len(args))
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0], doc="Exception type")
    exc_value = property(lambda self: self[1], doc="Exception value")
    exc_traceback = property(lambda self: self[2], doc="Exception traceback")
    thread = property(lambda self: self[3], doc="Thread")

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % tuple(self))


ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'
ExceptHookArgs.__module__ = '_thread'


def _print_exception(exc_type, exc_value, exc_tb, file):
    # sys.__excepthook__ writes to sys.stderr; point that at `file` if needed.
    hook = getattr(_sys, '__excepthook__', None) or _sys.excepthook
    if file is _sys.stderr:
        hook(exc_type, exc_value, exc_tb)
        return
    saved = _sys.stderr
    _sys.stderr = file
    try:
        hook(exc_type, exc_value, exc_tb)
    finally:
        _sys.stderr = saved


def excepthook(args, /):
    """Handle an uncaught exception raised by Thread.run()."""
    if args.exc_type == SystemExit:
        return  # silently ignored, like in the main thread
    if _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            return
    else:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback, stderr)
    stderr.flush()


__excepthook__ = excepthook


# ---------------------------------------------------------------------------
# Thread

class Thread:
    """A thread of control: subclass and override run(), or pass a callable
    as `target` (called with `args` and `kwargs`).
    """

    _initialized = False
    _tlocals = None   # per-thread `local` dicts to drop when the thread ends

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        if _HAVE_THREAD_NATIVE_ID:
            self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        # Fallbacks for when the hooks get set to None later on.
        if excepthook is None:
            raise RuntimeError("threading.excepthook is None")
        if _sys.excepthook is None:
            raise RuntimeError("sys.excepthook is None")
        self._old_excepthook = excepthook
        self._old_sys_excepthook = _sys.excepthook

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # notices a finished thread
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity: run() is invoked in a new thread.

        May be called at most once per Thread object.
        """
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        with _active_limbo_lock:
            if self._started.is_set() or self in _limbo:
                raise RuntimeError("threads can only be started once")
            _limbo[self] = self
        if _set_sentinel is None:
            self._set_tstate_lock(_allocate_lock())
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
                if self._tstate_lock is not None:
                    _shutdown_locks.discard(self._tstate_lock)
                    self._tstate_lock.release()
                    self._tstate_lock = None
            raise
        self._started.wait()

    def _set_tstate_lock(self, lock):
        lock.acquire()
        self._tstate_lock = lock
        if not self._daemonic:
            with _active_limbo_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(lock)

    def run(self):
        """The thread's activity; by default calls the target."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Break reference cycles through the arguments.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # Runs in the new thread.
        try:
            self._ident = get_ident()
            if _HAVE_THREAD_NATIVE_ID:
                self._native_id = get_native_id()
            self._tlocals = []
            if _set_sentinel is not None:
                self._set_tstate_lock(_set_sentinel())
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            try:
                self.run()
            except BaseException as exc:
                self._invoke_excepthook(exc)
        finally:
            self._delete()

    def _invoke_excepthook(self, exc):
        hook = excepthook
        if hook is None:
            hook = self._old_excepthook
        try:
            hook(ExceptHookArgs((type(exc), exc, exc.__traceback__, self)))
        except Exception as err:
            err.__suppress_context__ = True
            stderr = _sys.stderr if _sys.stderr is not None else self._stderr
            print("Exception in threading.excepthook:", file=stderr, flush=True)
            sys_hook = _sys.excepthook
            if sys_hook is None:
                sys_hook = self._old_sys_excepthook
            sys_hook(type(err), err, err.__traceback__)

    def _delete(self):
        # Last steps of the thread: forget its thread-local values, leave the
        # registry, then (without a runtime sentinel) release the tstate lock
        # so that joiners wake up.
        ident = get_ident()
        tlocals, self._tlocals = self._tlocals, None
        for dicts in tlocals or ():
            dicts.pop(ident, None)
        with _active_limbo_lock:
            _active.pop(ident, None)
        if _set_sentinel is None:
            self._tstate_lock.release()

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            return  # already known to be finished
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    def join(self, timeout=None):
        """Wait until the thread terminates, or until `timeout` seconds pass.

        Always returns None: call is_alive() afterwards to tell whether the
        join timed out.
        """
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def is_alive(self):
        """Return whether the thread is alive (started and not finished)."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread, or None if not started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    if _HAVE_THREAD_NATIVE_ID:
        @property
        def native_id(self):
            """Native integral thread ID of this thread, or None."""
            assert self._initialized, "Thread.__init__() not called"
            return self._native_id

    @property
    def daemon(self):
        """Whether this thread is a daemon thread (not waited for at exit)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # Deprecated accessors
    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Call a function after a number of seconds, unless cancel()ed first:

        t = Timer(30.0, f, args=None, kwargs=None)
        t.start()
        t.cancel()
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    # The thread that imported threading (the interpreter's main thread).

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()   # released by _shutdown()
        self._started.set()
        self._ident = get_ident()
        if _HAVE_THREAD_NATIVE_ID:
            self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # Stands for a thread not started by this module (e.g. via _thread).
    # It is always alive, daemonic and cannot be joined.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        if _HAVE_THREAD_NATIVE_ID:
            self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---------------------------------------------------------------------------
# Module-level helpers

def current_thread():
    """Return the Thread object of the caller's thread of control."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    return current_thread()


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    return active_count()


def enumerate():
    """Return a list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """Return the main Thread object."""
    return _main_thread


_main_thread = _MainThread()


def _register_atexit(func, *arg, **kwargs):
    """Register `func` to run when the interpreter shuts down, before
    non-daemon threads are joined."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by the interpreter at exit: wait for all non-daemon threads."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return  # already done
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    if _main_thread.ident == get_ident():
        _main_thread._tstate_lock.release()
        _main_thread._stop()
    while True:
        with _active_limbo_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


# ---------------------------------------------------------------------------
# Thread-local data

# krait's _thread keeps each thread's `local` dicts in that thread's own
# storage (nothing shared between threads, dropped when the thread ends); the
# dict-of-idents scheme below is the fallback.
_tl_id = getattr(_thread, '_local_id', None)
_tl_get = getattr(_thread, '_local_get', None)
_tl_set = getattr(_thread, '_local_set', None)
_tl_is_data = getattr(_thread, '_is_data_descriptor', None)


def _local_dict(self):
    # The calling thread's attribute dict for `local` instance `self`; a
    # thread's first access creates it and re-runs __init__ with the
    # constructor's arguments.
    if _tl_get is not None:
        key = object.__getattribute__(self, '_local__dicts')
        d = _tl_get(key)
        if d is not None:
            return d
        d = {}
        _tl_set(key, d)
        cls = type(self)
        if cls.__init__ is not object.__init__:
            args, kw = object.__getattribute__(self, '_local__args')
            try:
                cls.__init__(self, *args, **kw)
            except BaseException:
                _tl_set(key, None)
                raise
        return d
    dicts = object.__getattribute__(self, '_local__dicts')
    ident = get_ident()
    try:
        return dicts[ident]
    except KeyError:
        pass
    d = _local_new_dict(dicts, ident)
    cls = type(self)
    if cls.__init__ is not object.__init__:
        args, kw = object.__getattribute__(self, '_local__args')
        try:
            cls.__init__(self, *args, **kw)
        except BaseException:
            dicts.pop(ident, None)
            raise
    return d


def _local_new_dict(dicts, ident):
    d = dicts[ident] = {}
    thread = _active.get(ident)
    if thread is not None and thread._tlocals is not None:
        thread._tlocals.append(dicts)   # dropped when that thread ends
    return d


def _is_data_descriptor(cls, name):
    if _tl_is_data is not None:
        return _tl_is_data(cls, name)
    for base in cls.__mro__:
        if name in base.__dict__:
            t = type(base.__dict__[name])
            return hasattr(t, '__set__') or hasattr(t, '__delete__')
    return False


def _local_type_name(self):
    cls = type(self)
    return '_thread._local' if cls is local else cls.__name__


class local:
    """Thread-local data: each thread sees its own set of attributes.

    Subclasses may define __init__; it is called again, with the original
    constructor arguments, the first time each other thread uses the object.
    """

    __slots__ = ('_local__dicts', '_local__args')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__args', (args, kw))
        if _tl_id is not None:
            key = _tl_id(self)
            object.__setattr__(self, '_local__dicts', key)
            _tl_set(key, {})
            return self
        object.__setattr__(self, '_local__dicts', {})
        _local_new_dict(object.__getattribute__(self, '_local__dicts'),
                        get_ident())
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name in d and not _is_data_descriptor(type(self), name):
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if type(self) is local:
                raise AttributeError("'_thread._local' object has no "
                                     "attribute '%s'" % name) from None
            raise

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(self))
        d = _local_dict(self)
        if _is_data_descriptor(type(self), name):
            object.__setattr__(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(self))
        d = _local_dict(self)
        if _is_data_descriptor(type(self), name):
            object.__delattr__(self, name)
            return
        try:
            del d[name]
        except KeyError:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_local_type_name(self), name)) from None


local.__name__ = local.__qualname__ = '_local'
local.__module__ = '_thread'
