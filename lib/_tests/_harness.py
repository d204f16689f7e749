"""Test harness: run a Python snippet under plain CPython and under CPython with
krait's pure-Python stdlib (the files in lib/) shadowing the real modules, and
compare stdout plus the final exception line.

Usage from a test_*.py file:
    from _harness import check_programs
    check_programs(__file__, {"name": "source...", ...})
"""
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)

BOOT = r'''
import sys
LIB = %r
import os as _os
_names = set()
for _f in _os.listdir(LIB):
    if _f.startswith('_tests'):
        continue
    if _f.endswith('.py'):
        _names.add(_f[:-3])
    elif _os.path.isdir(_os.path.join(LIB, _f)) and _os.path.exists(_os.path.join(LIB, _f, '__init__.py')):
        _names.add(_f)
for _n in list(sys.modules):
    if _n.split('.')[0] in _names and _n != '__main__':
        del sys.modules[_n]
import importlib.machinery as _m
class _KraitFinder:
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        top = name.split('.')[0]
        if top not in _names:
            return None
        if '.' in name:
            spec = _m.PathFinder.find_spec(name, path)
            if spec is None:
                # a submodule krait embeds from CPython (lib/cpython-modules.txt)
                import sysconfig
                spec = _m.PathFinder.find_spec(name, [_os2.path.join(
                    sysconfig.get_path('stdlib'), *name.split('.')[:-1])])
            return spec
        return _m.PathFinder.find_spec(name, [LIB])
sys.meta_path.insert(0, _KraitFinder)
_os2 = _os
del _os
_prog = sys.argv[1]
sys.argv = sys.argv[1:]
_src = open(_prog).read()
_g = {'__name__': '__main__', '__file__': _prog, '__builtins__': __builtins__}
try:
    exec(compile(_src, _prog, 'exec'), _g)
except SystemExit:
    raise
except BaseException as _e:
    sys.stdout.flush()
    _msg = str(_e)
    sys.stderr.write('%%s: %%s\n' %% (type(_e).__qualname__ if type(_e).__module__ in ('builtins', '__main__') else type(_e).__module__ + '.' + type(_e).__qualname__, _msg) if _msg else type(_e).__qualname__ + '\n')
    sys.exit(1)
'''


def _last_err(stderr):
    lines = [l for l in stderr.strip().splitlines() if l.strip()]
    return lines[-1] if lines else ''


def run_pair(src, timeout=120):
    with tempfile.TemporaryDirectory() as d:
        prog = os.path.join(d, 'prog.py')
        with open(prog, 'w') as f:
            f.write(src)
        boot = os.path.join(d, 'boot.py')
        with open(boot, 'w') as f:
            f.write(BOOT % LIB)
        env = dict(os.environ)
        env['PYTHONHASHSEED'] = '0'
        env['PYTHONIOENCODING'] = 'utf-8'
        env['PYTHONDONTWRITEBYTECODE'] = '1'
        env.pop('PYTHONPATH', None)
        a = subprocess.run([sys.executable, '-S', prog], cwd=d, capture_output=True,
                           text=True, env=env, timeout=timeout)
        b = subprocess.run([sys.executable, '-S', boot, prog], cwd=d, capture_output=True,
                           text=True, env=env, timeout=timeout)
        return a, b


def _norm_err(line):
    # tracebacks print module-qualified names for non-builtin exceptions
    return line


def check_programs(progs, verbose=False):
    bad = 0
    for name, src in progs.items():
        a, b = run_pair(src)
        ok = True
        if a.stdout != b.stdout:
            ok = False
            al = a.stdout.splitlines()
            bl = b.stdout.splitlines()
            print('--- %s: stdout differs' % name)
            shown = 0
            for i in range(max(len(al), len(bl))):
                x = al[i] if i < len(al) else '<missing>'
                y = bl[i] if i < len(bl) else '<missing>'
                if x != y:
                    print('  line %d\n    cpython: %r\n    krait  : %r' % (i + 1, x, y))
                    shown += 1
                    if shown >= 8:
                        break
        ea = _last_err(a.stderr) if a.returncode else ''
        eb = _last_err(b.stderr) if b.returncode else ''
        if (a.returncode != 0) != (b.returncode != 0) or ea != eb:
            ok = False
            print('--- %s: exit/exception differs\n    cpython: rc=%d %s\n    krait  : rc=%d %s'
                  % (name, a.returncode, ea, b.returncode, eb))
            if b.returncode and verbose:
                print(b.stderr)
        if not ok:
            bad += 1
        elif verbose:
            print('ok', name)
    if bad:
        print('%d of %d programs differ' % (bad, len(progs)))
    else:
        print('OK')
    return bad


def load_progs_from_dir(dirname):
    progs = {}
    for f in sorted(os.listdir(dirname)):
        if f.endswith('.py'):
            with open(os.path.join(dirname, f)) as fh:
                progs[f] = fh.read()
    return progs
