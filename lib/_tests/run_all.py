"""Run every test_*.py in this folder; print 'N passed, N failed'."""
import os, subprocess, sys
os.environ['PYTHONDONTWRITEBYTECODE'] = '1'
here = os.path.dirname(os.path.abspath(__file__))
passed = failed = 0
for f in sorted(os.listdir(here)):
    if f.startswith('test_') and f.endswith('.py'):
        p = subprocess.run([sys.executable, os.path.join(here, f)], capture_output=True, text=True)
        ok = p.returncode == 0 and p.stdout.strip().endswith('OK')
        print('%-24s %s' % (f, 'OK' if ok else 'FAIL'))
        if not ok:
            print(p.stdout[-3000:], p.stderr[-3000:])
        passed += ok
        failed += not ok
print('%d passed, %d failed' % (passed, failed))
sys.exit(1 if failed else 0)
