"""Synchronized queues for handing data between threads.

Queue (first in, first out), LifoQueue (last in, first out) and PriorityQueue
(lowest entry first) share one implementation built on a lock and three
conditions; subclasses only change the storage through the _init, _qsize,
_put and _get hooks.  SimpleQueue is an unbounded FIFO without task tracking.

(krait's own implementation; CPython's SimpleQueue and Empty come from the C
module _queue, so they report that module name here too.)
"""

import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as _time

try:
    from types import GenericAlias as _GenericAlias
except ImportError:                     # pragma: no cover
    def _GenericAlias(cls, item):
        return cls

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False) or get_nowait() when no item is available."""

Empty.__module__ = '_queue'


class Full(Exception):
    """Raised by put(block=False) or put_nowait() when no slot is free."""


_BAD_TIMEOUT = "'timeout' must be a non-negative number"


def _wait_until(cond, ready, block, timeout, exc):
    """With cond held, wait until ready() is true; raise exc when giving up."""
    if not block:
        if not ready():
            raise exc
    elif timeout is None:
        while not ready():
            cond.wait()
    elif timeout < 0:
        raise ValueError(_BAD_TIMEOUT)
    else:
        deadline = _time() + timeout
        while not ready():
            remaining = deadline - _time()
            if remaining <= 0.0:
                raise exc
            cond.wait(remaining)


class Queue:
    """A FIFO queue holding at most maxsize items (no limit if maxsize <= 0).

    Besides put() and get(), it counts unfinished tasks: every put() adds one,
    task_done() removes one, and join() waits until none are left.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex guards the storage; the three conditions share it.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken with get() as processed.

        join() returns once every item put has been marked this way; calling
        task_done() more often than put() raises ValueError.
        """
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left <= 0:
                if left < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Block until every item put in the queue has been processed."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """Number of items now queued (may change at once in other threads)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if no item is queued right now (a snapshot, like qsize())."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True if the queue is bounded and holds maxsize items right now."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add item, waiting for a free slot if the queue is bounded.

        With block true and timeout None, wait for a free slot; with a
        non-negative timeout wait at most that long and raise Full.  With
        block false, raise Full at once if there is no free slot.
        """
        with self.not_full:
            if self.maxsize > 0:
                _wait_until(self.not_full,
                            lambda: self._qsize() < self.maxsize,
                            block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return the next item, waiting for one if needed.

        Blocking rules mirror put(); Empty is raised when no item arrives.
        """
        with self.not_empty:
            _wait_until(self.not_empty, self._qsize, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Put an item into the queue without blocking (raise Full if full)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item without blocking (raise Empty if none)."""
        return self.get(block=False)

    # Storage hooks, overridden by the other queue kinds (called with the
    # mutex held).

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_GenericAlias)


class PriorityQueue(Queue):
    """A Queue whose get() returns the smallest item (a heap underneath).

    Items are usually (priority, data) tuples.
    """

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A Queue used as a stack: get() returns the newest item."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking (put never blocks)."""

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('SimpleQueue() takes no arguments')
        self._queue = deque()
        self._cond = threading.Condition(threading.Lock())

    def put(self, item, block=True, timeout=None):
        """Append item; block and timeout are accepted but unused."""
        with self._cond:
            self._queue.append(item)
            self._cond.notify()

    def get(self, block=True, timeout=None):
        """Remove and return the next item, waiting for one if needed.

        With block true and timeout None, wait for an item; with a
        non-negative timeout wait at most that long and raise Empty.  With
        block false, raise Empty at once if no item is available.
        """
        if block and timeout is not None and timeout < 0:
            raise ValueError(_BAD_TIMEOUT)
        with self._cond:
            _wait_until(self._cond, self._queue.__len__, block, timeout, Empty)
            return self._queue.popleft()

    def put_nowait(self, item):
        """Put an item into the queue without blocking (never fails)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item without blocking (raise Empty if none)."""
        return self.get(block=False)

    def empty(self):
        """True if no item is queued right now."""
        return not self._queue

    def qsize(self):
        """Number of items now queued."""
        return len(self._queue)

    __class_getitem__ = classmethod(_GenericAlias)

SimpleQueue.__module__ = '_queue'
