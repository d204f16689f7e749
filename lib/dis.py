"""Disassembler of krait bytecode.

`dis.dis(x)` prints the instructions krait executes for a function, method,
class, code object or source string. krait's instruction set is close to
CPython's but not identical (see the `specializer` crate).
"""
import sys
import _dis

__all__ = ["dis", "code_info"]


def _get_code(x):
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        return x.__code__
    if hasattr(x, "gi_code"):
        return x.gi_code
    if isinstance(x, str):
        return compile(x, "<dis>", "exec")
    if type(x).__name__ == "code":
        return x
    return None


def dis(x=None, *, file=None, depth=None, adaptive=False, show_caches=False):
    out = file if file is not None else sys.stdout
    if isinstance(x, type):
        for name, value in sorted(x.__dict__.items()):
            code = _get_code(value)
            if code is not None:
                print("Disassembly of %s:" % name, file=out)
                out.write(_dis.disassemble(code, adaptive))
                print(file=out)
        return
    code = _get_code(x)
    if code is None:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)
    # adaptive=True: the instructions as specialized so far (inline caches,
    # which krait does not list, are skipped either way)
    out.write(_dis.disassemble(code, adaptive))


def code_info(x):
    code = _get_code(x)
    return "Name:              %s\nFilename:          %s\nArgument count:    %d" % (
        code.co_name, code.co_filename, code.co_argcount)
