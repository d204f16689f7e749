"""Static checks on lib/: every import must be of sys, math, time, a module
of lib/cpython-modules.txt or another module of lib/ (CPython-internal modules such as _collections, re, weakref,
inspect, warnings, os, builtins ... are not available in krait), and a few
constructs krait does not provide must not be used."""
import ast, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
NATIVE = {'sys', 'math', 'time', '_random'}
# CPython's own modules that krait embeds unmodified (lib/cpython-modules.txt)
with open(os.path.join(LIB, 'cpython-modules.txt')) as _f:
    NATIVE |= {l.split('#')[0].strip() for l in _f} - {''}

def lib_modules():
    mods = {}
    for root, dirs, files in os.walk(LIB):
        dirs[:] = [d for d in dirs if not d.startswith('_tests') and d != '__pycache__']
        for f in files:
            if f.endswith('.py'):
                path = os.path.join(root, f)
                rel = os.path.relpath(path, LIB)[:-3].replace(os.sep, '.')
                if rel.endswith('.__init__'):
                    rel = rel[:-9]
                mods[rel] = path
    return mods

def main():
    mods = lib_modules()
    names = set(mods)
    problems = []
    graph = {}
    for mod, path in sorted(mods.items()):
        tree = ast.parse(open(path).read(), path)
        deps = set()
        for node in ast.walk(tree):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    continue
                targets = [node.module]
                if node.module == '__future__':
                    continue
            for t in targets:
                top = t.split('.')[0]
                if t in names or top in names and t in names:
                    deps.add(t)
                elif top in NATIVE or t in NATIVE:
                    pass
                elif t in names or (top in names and node.__class__ is ast.ImportFrom):
                    deps.add(t)
                else:
                    problems.append('%s:%d imports %s' % (mod, node.lineno, t))
            if isinstance(node, ast.Attribute) and node.attr in ('_getframe', '__code__', 'f_globals', 'f_back'):
                problems.append('%s:%d uses .%s' % (mod, node.lineno, node.attr))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ('exec',):
                problems.append('%s:%d calls %s()' % (mod, node.lineno, node.func.id))
            if isinstance(node, (ast.AsyncFunctionDef, ast.Await, ast.AsyncFor, ast.AsyncWith)):
                problems.append('%s:%d uses async syntax' % (mod, node.lineno))
            if isinstance(node, ast.NamedExpr):
                problems.append('%s:%d uses := (walrus)' % (mod, node.lineno))
            if isinstance(node, ast.Match):
                problems.append('%s:%d uses a match statement' % (mod, node.lineno))
        graph[mod] = deps
    # eval() is allowed only in typing.ForwardRef evaluation
    for mod, path in mods.items():
        for node in ast.walk(ast.parse(open(path).read())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == 'eval' and mod != 'typing':
                problems.append('%s:%d calls eval()' % (mod, node.lineno))
    # module-level import cycles (imports at function level are lazy and fine)
    top_graph = {}
    for mod, path in mods.items():
        tree = ast.parse(open(path).read())
        deps = set()
        for node in tree.body:
            stmts = [node]
            if isinstance(node, ast.Try):
                stmts = node.body + [h for hd in node.handlers for h in hd.body]
            for n in stmts:
                if isinstance(n, ast.Import):
                    deps |= {a.name for a in n.names if a.name in names}
                elif isinstance(n, ast.ImportFrom) and n.level == 0 and n.module in names:
                    deps.add(n.module)
        # a submodule import implies its package
        deps |= {d.rsplit('.', 1)[0] for d in deps if '.' in d}
        deps.discard(mod)
        top_graph[mod] = deps
    state = {}
    def visit(m, stack):
        if state.get(m) == 1:
            problems.append('import cycle: ' + ' -> '.join(stack + [m]))
            return
        if state.get(m) == 2:
            return
        state[m] = 1
        for d in sorted(top_graph.get(m, ())):
            if d == m.rsplit('.', 1)[0]:
                continue   # a package's submodule importing its own package
            visit(d, stack + [m])
        state[m] = 2
    for m in sorted(top_graph):
        visit(m, [])
    for p in problems:
        print(p)
    print('OK' if not problems else '%d problems' % len(problems))
    return 1 if problems else 0

if __name__ == '__main__':
    sys.exit(main())
