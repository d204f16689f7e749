import os, sys, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _harness import check_programs

F32 = r'''
import importlib.util, struct, random, math, sys
sys.dont_write_bytecode = True
spec = importlib.util.spec_from_file_location('ka', sys.argv[1]); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
rng = random.Random(1)
bad = 0
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1e-45, 1.4e-45, 7e-46, 1e-40, 1.17549435e-38, 3.4028234e38, 3.4028235e38, 3.40282357e38, 1e39, float('inf'), -float('inf'), 5e-324, 1e308, 2.2250738585072014e-308, 1e-310, math.pi, 1.401298464324817e-45, 7.006492321624085e-46, 7.006492321624087e-46]
vals += [rng.uniform(-1e6, 1e6) for _ in range(2000)] + [math.ldexp(rng.random(), rng.randrange(-160, 140)) for _ in range(5000)] + [math.ldexp(rng.random(), rng.randrange(-1070, 1023)) for _ in range(5000)]
for v in vals:
    try: want32 = struct.unpack('<f', struct.pack('<f', v))[0]
    except OverflowError: want32 = math.copysign(float('inf'), v)
    got32 = m._round_f32(v)
    if not (want32 == got32 and math.copysign(1, want32) == math.copysign(1, got32)):
        bad += 1
    if abs(v) <= 3.4028234663852886e38:
        b1 = struct.pack('<f', v); b2 = m._item_to_bytes('f', m._round_f32(v))
        if b1 != b2: bad += 1
        if struct.unpack('<f', b1)[0] != m._bytes_to_item('f', b1): bad += 1
    b1 = struct.pack('<d', v)
    if b1 != m._item_to_bytes('d', v): bad += 1
    if m._bytes_to_item('d', b1) != v: bad += 1
print('float bad', bad)
'''

progs = {}
progs['array'] = r'''
from array import array
import array as arraymod
a = array('i', [1, 2, 3]); print(a, len(a), a[0], a[-1], a[1:], list(a), a.tolist(), a.typecode, a.itemsize)
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(100, 7); a.insert(-100, -1); print(a)
print(a.pop(), a.pop(0), a.index(3), a.count(2), 3 in a, 99 in a, a)
a.remove(3); a.reverse(); print(a); a[0] = 100; del a[1]; print(a)
a[1:3] = array('i', [9, 9, 9]); print(a); del a[::2]; print(a)
print(array('d', [1, 2.5]), array('f', [0.1, 1.5]), array('b', b'\x01\xff'), array('B', b'ab'), array('u', 'hello'), array('d'), array('l'))
b = array('h', [1, -2, 300]); print(b.tobytes(), array('h', b.tobytes()) == b)
c = array('H'); c.frombytes(b'\x01\x00\xff\xff'); print(c)
print(array('q', [-1, 2**40]).tobytes(), array('Q', [2**64 - 1]), array('d', [1.5, -0.25]).tobytes(), array('f', [1.5]).tobytes())
f = array('f'); f.frombytes(array('f', [3.14, -2.5]).tobytes()); print(f)
print(a + array('i', [1]), a * 2, 2 * a, array('i', [1, 2]) == array('i', [1, 2]), array('i', [1]) < array('i', [2]), array('i', [1]) == array('d', [1.0]))
d = array('i', [1]); d += array('i', [2]); d *= 2; print(d)
print(array('I', [4294967295]), array('L', [2**64 - 1]), array('b', [True, False]))
e = array('i', [3, 1, 2]); print(sorted(e), max(e), sum(e), [x * 2 for x in e])
u = array('u', 'ab'); u.fromunicode('cd'); print(u, u.tounicode())
g = array('d', range(5)); g.fromlist([1.5, 2.5]); print(g, g.buffer_info()[1])
s = array('h', [1, 256]); s.byteswap(); print(s)
print(arraymod.typecodes, arraymod.ArrayType is array, repr(array('i', array('b', [1, 2]))))
import copy
h = array('i', [1, 2]); h2 = copy.copy(h); h3 = copy.deepcopy(h); h[0] = 9; print(h, h2, h3)
print(array('d', [1e300 * 10, -0.0]), array('i', iter(range(3))))
print(str(array('i', [1])), array('i', [5, 6]).index(6, 1))
'''
errs = ["array('b', [128])", "array('b', [-129])", "array('B', [-1])", "array('B', [256])", "array('h', [2**15])", "array('H', [-1])",
        "array('i', [2**31])", "array('I', [-1])", "array('I', [2**32])", "array('I', [2**70])", "array('l', [2**63])", "array('L', [-1])",
        "array('L', [2**64])", "array('q', [2**63])", "array('Q', [-1])", "array('Q', [2**64])", "array('b', [10**30])", "array('i', [1.5])",
        "array('i', ['x'])", "array('d', ['x'])", "array('f', [None])", "array('d', [10**400])", "array('z')", "array('i', 'abc')",
        "array('i', [1]).index(9)", "array('i', [1]).remove(9)", "array('i').pop()", "array('i', [1])[5]", "a = array('i', [1]); a[5] = 1",
        "array('i') + array('d')", "array('i') + [1]", "array('i').extend(array('d'))", "array('i').frombytes(b'abc')",
        "a = array('i', [1, 2]); a[0:2] = [1, 2]", "array('i').fromlist((1,))", "array('i', [1])[1.5]",
        "array('b', [1]).pop(3)", "array('i').insert('x', 1)", "array('i', [1]).append(2**40)", "a = array('i', [1]); a[0] = 'x'",
        "array('u', ['ab'])", "array('ii')", "array(5)"]
for i, e in enumerate(errs):
    progs['err%d' % i] = "from array import array\n" + e

if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    out = subprocess.run([sys.executable, '-c', F32, os.path.join(os.path.dirname(here), 'array.py')], capture_output=True, text=True)
    print(out.stdout.strip(), out.stderr.strip())
    bad = 'float bad 0' not in out.stdout
    bad = check_programs(progs, verbose='-v' in sys.argv) or bad
    sys.exit(1 if bad else 0)
