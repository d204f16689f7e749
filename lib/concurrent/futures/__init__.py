"""Run callables asynchronously and collect their results through futures.

Future, Executor, wait() and as_completed() live in concurrent.futures._base,
ThreadPoolExecutor in concurrent.futures.thread (imported on first use, as in
CPython).

krait has no processes to spawn: ProcessPoolExecutor is not provided.  Asking
the package for it raises AttributeError (so `from concurrent.futures import
ProcessPoolExecutor` raises ImportError and hasattr() returns False), and the
name is left out of __all__ so `from concurrent.futures import *` still works.
"""

from concurrent.futures._base import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
    CancelledError, TimeoutError, InvalidStateError, BrokenExecutor,
    Future, Executor, wait, as_completed,
)

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__doc__',)


def __getattr__(name):
    global ThreadPoolExecutor
    if name == 'ThreadPoolExecutor':
        from concurrent.futures.thread import ThreadPoolExecutor
        return ThreadPoolExecutor
    if name == 'ProcessPoolExecutor':
        raise AttributeError(
            "module 'concurrent.futures' has no attribute "
            "'ProcessPoolExecutor' (krait cannot start processes)")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
