"""Futures, the Executor interface, wait() and as_completed().

A Future moves through the states PENDING -> RUNNING -> FINISHED, or is
cancelled while still pending.  Threads blocked in wait() or as_completed()
register a waiter object on each future; the future reports its completion to
every waiter it holds, and the waiter decides when to wake its owner.

(krait's own implementation.  Where CPython logs through the
"concurrent.futures" logger, this module writes the same message to stderr
followed by the traceback, which is what CPython prints when logging is not
configured.)
"""

import sys
import threading
import time
from collections import namedtuple

try:
    from types import GenericAlias as _GenericAlias
except ImportError:                     # pragma: no cover
    def _GenericAlias(cls, item):
        return cls

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# Future states.  CANCELLED means cancel() succeeded; it becomes
# CANCELLED_AND_NOTIFIED once the executor has told the waiters.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED,
                  FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


def _report(message, with_traceback=True):
    """Stand-in for the logger: print message (and the current exception)."""
    try:
        sys.stderr.write(message + '\n')
        if with_traceback:
            sys.excepthook(*sys.exc_info())
    except Exception:
        pass


class Error(Exception):
    """Base of the exceptions specific to futures."""


class CancelledError(Error):
    """Raised when the result of a cancelled future is asked for."""


TimeoutError = TimeoutError     # the builtin, as in CPython 3.11


class InvalidStateError(Error):
    """Raised when a future is completed twice or set after cancel()."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor can no longer run work after a failure."""


# -- waiters: installed on futures by wait() and as_completed() --------------

class _Waiter:
    """Collects finished futures; its event wakes the waiting thread."""

    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    """Wakes on every completion; as_completed() drains it under its lock."""

    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def _add(self, future):
        with self.lock:
            self.finished_futures.append(future)
            self.event.set()

    add_result = add_exception = add_cancelled = _add


class _FirstCompletedWaiter(_Waiter):
    """Wakes on the first completion of any kind."""

    def _add(self, future):
        self.finished_futures.append(future)
        self.event.set()

    add_result = add_exception = add_cancelled = _add


class _AllCompletedWaiter(_Waiter):
    """Wakes when all pending futures are done (or on the first exception)."""

    def __init__(self, num_pending_calls, stop_on_exception):
        super().__init__()
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        super().add_result(future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self._decrement_pending_calls()


class _AcquireFutures:
    """Hold the conditions of several futures, taken in a fixed order."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending = sum(f._state not in _DONE_STATES for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=False)
        else:
            raise ValueError('Invalid return condition: %r' % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _yield_finished_futures(fs, waiter, ref_collect):
    """Yield the futures of list fs from the end, detaching waiter first."""
    while fs:
        f = fs[-1]
        for futures_set in ref_collect:
            futures_set.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        yield fs.pop()


def as_completed(fs, timeout=None):
    """Iterate over the futures fs, yielding each one as it completes.

    Futures already done come first; duplicates are yielded once.  If timeout
    is not None and some futures are still unfinished after that many seconds
    (counted from the first next()), TimeoutError is raised.
    """
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total_futures = len(fs)
    with _AcquireFutures(fs):
        finished = set(f for f in fs if f._state in _DONE_STATES)
        pending = fs - finished
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        yield from _yield_finished_futures(finished, waiter, ref_collect=(fs,))
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(pending), total_futures))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            finished.reverse()          # popping from the end keeps the order
            yield from _yield_finished_futures(finished, waiter,
                                               ref_collect=(fs, pending))
    finally:
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures fs to complete; return (done, not_done) sets.

    return_when is FIRST_COMPLETED, FIRST_EXCEPTION (like ALL_COMPLETED when
    nothing raises) or ALL_COMPLETED.  timeout (seconds, None for no limit)
    bounds the wait; duplicates in fs are counted once.
    """
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs if f._state in _DONE_STATES)
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        elif return_when == FIRST_EXCEPTION and done:
            if any(f for f in done
                   if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)

    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


class Future:
    """The eventual result of a call, set by an executor."""

    def __init__(self):
        """Create a pending future (executors do this, not client code)."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _run_callback(self, fn):
        try:
            fn(self)
        except Exception:
            _report('exception calling callback for %r' % (self,))

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            self._run_callback(callback)

    def __repr__(self):
        with self._condition:
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            head = '<%s at %#x state=%s' % (
                self.__class__.__name__, id(self), state)
            if self._state == FINISHED:
                if self._exception:
                    return '%s raised %s>' % (
                        head, self._exception.__class__.__name__)
                return '%s returned %s>' % (
                    head, self._result.__class__.__name__)
            return head + '>'

    def cancel(self):
        """Cancel the future if it has not started; return True on success.

        A running or finished future cannot be cancelled.
        """
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """True if cancel() succeeded on this future."""
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        """True while the call is executing."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True once the future is cancelled or has a result or exception."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) once the future finishes or is cancelled.

        Callbacks run in the order they were added, in the thread that
        completes the future -- or at once, here, if it is already done.
        Exceptions they raise are printed to stderr and otherwise ignored.
        """
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        self._run_callback(fn)

    def _wait_done(self, timeout):
        # Called with the condition held: wait, then insist on a final state.
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state != FINISHED:
            self._condition.wait(timeout)
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state != FINISHED:
                raise TimeoutError()

    def result(self, timeout=None):
        """Return the call's result, waiting up to timeout seconds.

        Raises CancelledError if the future was cancelled, TimeoutError if it
        did not finish in time, and the call's own exception if it raised.
        """
        with self._condition:
            self._wait_done(timeout)
            return self._get_result()

    def exception(self, timeout=None):
        """Return the exception the call raised (None if it returned).

        Waits and raises like result(), except for the call's own exception.
        """
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    # For executors and tests only.

    def set_running_or_notify_cancel(self):
        """Mark the future as running, or report its cancellation.

        Returns False (after notifying wait()/as_completed() waiters) if the
        future was cancelled, True if it is now running.  Raises RuntimeError
        if called twice or after set_result()/set_exception().
        """
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            _report('Future %s in unexpected state: %s'
                    % (id(self), self._state), with_traceback=False)
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception, failed):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                if failed:
                    waiter.add_exception(self)
                else:
                    waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        """Set the value of the finished call (for executors and tests)."""
        self._finish(result, None, False)

    def set_exception(self, exception):
        """Set the exception of the finished call (for executors and tests)."""
        self._finish(None, exception, True)

    __class_getitem__ = classmethod(_GenericAlias)


class Executor:
    """Abstract base class of executors: submit() is theirs to implement."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for its outcome."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls run by the executor.

        All calls are submitted at once; the returned iterator yields their
        results in order, re-raising a call's exception when it is reached,
        and raises TimeoutError if a result is not ready timeout seconds
        after map() was called.  chunksize is ignored by thread pools.
        """
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # A nested generator, so the calls are submitted before the first
        # next() on the result.
        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(),
                                                end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources; it accepts no work afterwards.

        wait=True blocks until the pending calls have run; cancel_futures=True
        cancels the calls that have not started.  Safe to call repeatedly.
        """
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
