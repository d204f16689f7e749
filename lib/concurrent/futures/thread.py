"""ThreadPoolExecutor: run submitted calls on a pool of worker threads.

Submitted calls wait in a SimpleQueue shared by the executor's workers.  A new
worker is started on submit() while no worker is idle and fewer than
max_workers exist.  A None in the queue tells the workers to stop: shutdown()
puts one, and each worker passes it on before exiting.

Differences from CPython (krait has neither weakref nor os):
  * workers keep their executor alive, so an executor that is dropped without
    shutdown() keeps its idle threads until the interpreter exits (CPython
    stops them when the executor is garbage-collected);
  * the default max_workers assumes 4 CPUs (see _CPU_COUNT);
  * if threading lacks _register_atexit, workers are daemon threads, so
    calls still queued at exit are not waited for.
"""

import itertools
import queue
import threading

from concurrent.futures import _base

try:
    from types import GenericAlias as _GenericAlias
except ImportError:                     # pragma: no cover
    def _GenericAlias(cls, item):
        return cls

# CPython uses min(32, os.cpu_count() + 4).  krait does not expose the CPU
# count yet; use this constant until it does.
_CPU_COUNT = 4

# Live worker threads -> their work queue, so that interpreter exit can stop
# and join them.  _global_shutdown_lock guards it and _shutdown.
_threads_queues = {}
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
        items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


# Run _python_exit before the interpreter joins its non-daemon threads, as
# CPython does; without that hook fall back to daemon workers.
_register_atexit = getattr(threading, '_register_atexit', None)
if _register_atexit is not None:
    _register_atexit(_python_exit)
_DAEMON_WORKERS = _register_atexit is None
del _register_atexit


class _WorkItem:
    """One submitted call and the future that receives its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(_GenericAlias)


def _worker(executor, work_queue, initializer, initargs):
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base._report('Exception in initializer:')
                executor._initializer_failed()
                return
        try:
            while True:
                work_item = work_queue.get(block=True)
                if work_item is not None:
                    work_item.run()
                    del work_item
                    executor._idle_semaphore.release()   # one more idle worker
                    continue
                if _shutdown or executor._shutdown:
                    executor._shutdown = True
                    work_queue.put(None)                  # wake the next worker
                    return
        except BaseException:
            _base._report('Exception in worker')
    finally:
        with _global_shutdown_lock:
            _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread of a ThreadPoolExecutor failed initializing."""


class ThreadPoolExecutor(_base.Executor):
    """An executor that runs calls on up to max_workers threads."""

    # Numbers the executors, for default thread names.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Create the executor.

        max_workers defaults to min(32, CPU count + 4); thread_name_prefix
        names the workers (default 'ThreadPoolExecutor-N'); each worker calls
        initializer(*initargs) before taking work.
        """
        if max_workers is None:
            max_workers = min(32, _CPU_COUNT + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will pick the new item up: no thread needed.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=name, target=_worker,
                                 args=(self, self._work_queue,
                                       self._initializer, self._initargs))
            if _DAEMON_WORKERS:
                t.daemon = True
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail every call still waiting in the queue.
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(
                        BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Cancel every call that has not started yet.
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            # Wake the workers blocked in get(); each passes the None on.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
