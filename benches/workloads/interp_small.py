"""A tiny language, implemented twice: a tree-walking evaluator and a
bytecode compiler with a stack VM.

The language has integers, variables, functions (recursive), `if`/`else`,
`while`, `return`, `print` and the usual arithmetic/comparison/logical
operators.  Source text goes through a hand-written lexer (no `re`) and a
recursive-descent parser into AST node objects.  The evaluator dispatches on
node classes through a dict of bound `visit_*` methods and returns from
functions by raising an exception; the compiler emits (opcode, argument)
tuples that a VM executes through a dict of handler methods.  Both run the
same programs (recursive Fibonacci, a Collatz search, trial-division primes,
GCD sums, nested loops) and must print the same results.

Stresses: method dispatch through dicts and getattr, many small objects
(tokens, AST nodes, frames), string scanning by index, dict-based scopes,
exceptions used for control flow, list push/pop as an operand stack.

Usage: interp_small.py [N]   (default 10; problem sizes scale with N)
"""
import sys
import time

# --- lexer ---------------------------------------------------------------

KEYWORDS = {"func", "var", "if", "else", "while", "return", "print",
            "and", "or", "not"}
TWO_CHAR = {"==", "!=", "<=", ">="}
ONE_CHAR = set("+-*/%<>=(){},;")


class Token:
    __slots__ = ("kind", "text", "line")

    def __init__(self, kind, text, line):
        self.kind = kind      # "num", "name", "kw", "op", "eof"
        self.text = text
        self.line = line

    def __repr__(self):
        return "Token(%s, %r, line %d)" % (self.kind, self.text, self.line)


class LexError(Exception):
    pass


def tokenize(source):
    tokens = []
    i = 0
    line = 1
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch in " \t\r":
            i += 1
        elif ch == "#":
            while i < n and source[i] != "\n":
                i += 1
        elif ch.isdigit():
            start = i
            while i < n and source[i].isdigit():
                i += 1
            tokens.append(Token("num", source[start:i], line))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (source[i].isalnum() or source[i] == "_"):
                i += 1
            word = source[start:i]
            tokens.append(Token("kw" if word in KEYWORDS else "name", word, line))
        elif source[i:i + 2] in TWO_CHAR:
            tokens.append(Token("op", source[i:i + 2], line))
            i += 2
        elif ch in ONE_CHAR:
            tokens.append(Token("op", ch, line))
            i += 1
        else:
            raise LexError("unexpected %r on line %d" % (ch, line))
    tokens.append(Token("eof", "", line))
    return tokens


# --- AST -----------------------------------------------------------------

class Node:
    fields = ()

    def __init__(self, *args):
        for name, value in zip(self.fields, args):
            setattr(self, name, value)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join(repr(getattr(self, f)) for f in self.fields))


class Num(Node):
    fields = ("value",)


class Name(Node):
    fields = ("name",)


class BinOp(Node):
    fields = ("op", "left", "right")


class UnaryOp(Node):
    fields = ("op", "operand")


class Logical(Node):
    fields = ("op", "left", "right")


class Call(Node):
    fields = ("name", "args")


class VarDecl(Node):
    fields = ("name", "value")


class Assign(Node):
    fields = ("name", "value")


class If(Node):
    fields = ("test", "body", "orelse")


class While(Node):
    fields = ("test", "body")


class Return(Node):
    fields = ("value",)


class Print(Node):
    fields = ("args",)


class ExprStmt(Node):
    fields = ("expr",)


class FuncDef(Node):
    fields = ("name", "params", "body")


class Program(Node):
    fields = ("body",)


# --- parser --------------------------------------------------------------

class ParseError(Exception):
    pass


BINARY_PRECEDENCE = {
    "or": 1, "and": 2,
    "==": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4,
    "+": 5, "-": 5, "*": 6, "/": 6, "%": 6,
}


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def check(self, text):
        tok = self.tokens[self.pos]
        return tok.text == text and tok.kind in ("op", "kw")

    def expect(self, text):
        tok = self.advance()
        if tok.text != text:
            raise ParseError("line %d: expected %r, got %r" % (tok.line, text, tok.text))
        return tok

    def expect_name(self):
        tok = self.advance()
        if tok.kind != "name":
            raise ParseError("line %d: expected a name, got %r" % (tok.line, tok.text))
        return tok.text

    def parse_program(self):
        body = []
        while self.peek().kind != "eof":
            body.append(self.statement())
        return Program(body)

    def block(self):
        self.expect("{")
        body = []
        while not self.check("}"):
            body.append(self.statement())
        self.expect("}")
        return body

    def statement(self):
        tok = self.peek()
        if tok.kind == "kw":
            method = getattr(self, "stmt_" + tok.text, None)
            if method is not None:
                self.advance()
                return method()
        if tok.kind == "name" and self.tokens[self.pos + 1].text == "=":
            self.advance()
            self.advance()
            value = self.expression()
            self.expect(";")
            return Assign(tok.text, value)
        expr = self.expression()
        self.expect(";")
        return ExprStmt(expr)

    def stmt_func(self):
        name = self.expect_name()
        self.expect("(")
        params = []
        if not self.check(")"):
            params.append(self.expect_name())
            while self.check(","):
                self.advance()
                params.append(self.expect_name())
        self.expect(")")
        return FuncDef(name, params, self.block())

    def stmt_var(self):
        name = self.expect_name()
        self.expect("=")
        value = self.expression()
        self.expect(";")
        return VarDecl(name, value)

    def stmt_if(self):
        self.expect("(")
        test = self.expression()
        self.expect(")")
        body = self.block()
        orelse = []
        if self.check("else"):
            self.advance()
            if self.check("if"):
                self.advance()
                orelse = [self.stmt_if()]
            else:
                orelse = self.block()
        return If(test, body, orelse)

    def stmt_while(self):
        self.expect("(")
        test = self.expression()
        self.expect(")")
        return While(test, self.block())

    def stmt_return(self):
        value = self.expression()
        self.expect(";")
        return Return(value)

    def stmt_print(self):
        self.expect("(")
        args = self.arguments()
        self.expect(";")
        return Print(args)

    def arguments(self):
        args = []
        if not self.check(")"):
            args.append(self.expression())
            while self.check(","):
                self.advance()
                args.append(self.expression())
        self.expect(")")
        return args

    def expression(self, min_prec=1):
        left = self.unary()
        while True:
            tok = self.peek()
            prec = BINARY_PRECEDENCE.get(tok.text) if tok.kind in ("op", "kw") else None
            if prec is None or prec < min_prec:
                return left
            self.advance()
            right = self.expression(prec + 1)
            if tok.text in ("and", "or"):
                left = Logical(tok.text, left, right)
            else:
                left = BinOp(tok.text, left, right)

    def unary(self):
        if self.check("-") or self.check("not"):
            op = self.advance().text
            return UnaryOp(op, self.unary())
        return self.primary()

    def primary(self):
        tok = self.advance()
        if tok.kind == "num":
            return Num(int(tok.text))
        if tok.kind == "name":
            if self.check("("):
                self.advance()
                return Call(tok.text, self.arguments())
            return Name(tok.text)
        if tok.text == "(":
            expr = self.expression()
            self.expect(")")
            return expr
        raise ParseError("line %d: unexpected %r" % (tok.line, tok.text))


def parse(source):
    return Parser(tokenize(source)).parse_program()


# --- shared semantics ----------------------------------------------------

class RuntimeFault(Exception):
    pass


def divide(a, b):
    if b == 0:
        raise RuntimeFault("division by zero")
    q = abs(a) // abs(b)          # truncating division, like C
    return q if (a < 0) == (b < 0) else -q


def modulo(a, b):
    return a - b * divide(a, b)


ARITH = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": divide,
    "%": modulo,
    "==": lambda a, b: int(a == b),
    "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b),
    "<=": lambda a, b: int(a <= b),
    ">": lambda a, b: int(a > b),
    ">=": lambda a, b: int(a >= b),
}


# --- tree-walking evaluator ----------------------------------------------

class Scope:
    __slots__ = ("vars", "parent")

    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent

    def lookup(self, name):
        scope = self
        while scope is not None:
            if name in scope.vars:
                return scope.vars[name]
            scope = scope.parent
        raise RuntimeFault("undefined variable " + name)

    def assign(self, name, value):
        scope = self
        while scope is not None:
            if name in scope.vars:
                scope.vars[name] = value
                return
            scope = scope.parent
        raise RuntimeFault("assignment to undeclared " + name)


class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


class Function:
    def __init__(self, name, params, body, closure):
        self.name = name
        self.params = params
        self.body = body
        self.closure = closure


class Evaluator:
    def __init__(self, out):
        self.out = out
        self.globals = Scope()
        self.dispatch = {}
        self.calls = 0

    def visit(self, node, scope):
        method = self.dispatch.get(type(node))
        if method is None:
            method = getattr(self, "visit_" + type(node).__name__)
            self.dispatch[type(node)] = method
        return method(node, scope)

    def run(self, program):
        self.exec_block(program.body, self.globals)

    def exec_block(self, body, scope):
        for stmt in body:
            self.visit(stmt, scope)

    def visit_Num(self, node, scope):
        return node.value

    def visit_Name(self, node, scope):
        return scope.lookup(node.name)

    def visit_BinOp(self, node, scope):
        return ARITH[node.op](self.visit(node.left, scope), self.visit(node.right, scope))

    def visit_UnaryOp(self, node, scope):
        value = self.visit(node.operand, scope)
        return -value if node.op == "-" else int(not value)

    def visit_Logical(self, node, scope):
        left = self.visit(node.left, scope)
        if node.op == "and":
            return self.visit(node.right, scope) if left else left
        return left if left else self.visit(node.right, scope)

    def visit_Call(self, node, scope):
        fn = scope.lookup(node.name)
        if len(node.args) != len(fn.params):
            raise RuntimeFault("%s wants %d arguments" % (fn.name, len(fn.params)))
        frame = Scope(fn.closure)
        for param, arg in zip(fn.params, node.args):
            frame.vars[param] = self.visit(arg, scope)
        self.calls += 1
        try:
            self.exec_block(fn.body, frame)
        except ReturnSignal as ret:
            return ret.value
        return 0

    def visit_VarDecl(self, node, scope):
        scope.vars[node.name] = self.visit(node.value, scope)

    def visit_Assign(self, node, scope):
        scope.assign(node.name, self.visit(node.value, scope))

    def visit_If(self, node, scope):
        if self.visit(node.test, scope):
            self.exec_block(node.body, Scope(scope))
        elif node.orelse:
            self.exec_block(node.orelse, Scope(scope))

    def visit_While(self, node, scope):
        while self.visit(node.test, scope):
            self.exec_block(node.body, Scope(scope))

    def visit_Return(self, node, scope):
        raise ReturnSignal(self.visit(node.value, scope))

    def visit_Print(self, node, scope):
        self.out.append(" ".join(str(self.visit(a, scope)) for a in node.args))

    def visit_ExprStmt(self, node, scope):
        self.visit(node.expr, scope)

    def visit_FuncDef(self, node, scope):
        scope.vars[node.name] = Function(node.name, node.params, node.body, scope)


# --- bytecode compiler ---------------------------------------------------

class CodeObject:
    def __init__(self, name, params):
        self.name = name
        self.params = params
        self.code = []
        self.local_names = list(params)

    def local(self, name):
        if name not in self.local_names:
            self.local_names.append(name)
        return self.local_names.index(name)

    def emit(self, op, arg=None):
        self.code.append((op, arg))
        return len(self.code) - 1

    def patch(self, at, target):
        op, _ = self.code[at]
        self.code[at] = (op, target)


class Compiler:
    """Globals live in a dict; a function's parameters and the variables it
    declares are slots in its frame."""

    def __init__(self):
        self.functions = {}

    def compile_program(self, program):
        main = CodeObject("<main>", [])
        self.current = main
        self.in_function = False
        for stmt in program.body:
            self.stmt(stmt)
        main.emit("HALT")
        return main

    def stmt(self, node):
        getattr(self, "c_" + type(node).__name__)(node)

    def expr(self, node):
        getattr(self, "c_" + type(node).__name__)(node)

    def c_Num(self, node):
        self.current.emit("CONST", node.value)

    def c_Name(self, node):
        if self.in_function and node.name in self.current.local_names:
            self.current.emit("LOAD_LOCAL", self.current.local_names.index(node.name))
        else:
            self.current.emit("LOAD_GLOBAL", node.name)

    def store(self, name, declare):
        code = self.current
        if self.in_function and (declare or name in code.local_names):
            code.emit("STORE_LOCAL", code.local(name))
        else:
            code.emit("STORE_GLOBAL", name)

    def c_BinOp(self, node):
        self.expr(node.left)
        self.expr(node.right)
        self.current.emit("BINARY", node.op)

    def c_UnaryOp(self, node):
        self.expr(node.operand)
        self.current.emit("NEG" if node.op == "-" else "NOT")

    def c_Logical(self, node):
        self.expr(node.left)
        jump = self.current.emit("JUMP_IF_FALSE_OR_POP" if node.op == "and"
                                 else "JUMP_IF_TRUE_OR_POP")
        self.expr(node.right)
        self.current.patch(jump, len(self.current.code))

    def c_Call(self, node):
        for arg in node.args:
            self.expr(arg)
        self.current.emit("CALL", (node.name, len(node.args)))

    def c_VarDecl(self, node):
        self.expr(node.value)
        self.store(node.name, True)

    def c_Assign(self, node):
        self.expr(node.value)
        self.store(node.name, False)

    def c_If(self, node):
        self.expr(node.test)
        to_else = self.current.emit("JUMP_IF_FALSE")
        for s in node.body:
            self.stmt(s)
        if node.orelse:
            to_end = self.current.emit("JUMP")
            self.current.patch(to_else, len(self.current.code))
            for s in node.orelse:
                self.stmt(s)
            self.current.patch(to_end, len(self.current.code))
        else:
            self.current.patch(to_else, len(self.current.code))

    def c_While(self, node):
        top = len(self.current.code)
        self.expr(node.test)
        exit_jump = self.current.emit("JUMP_IF_FALSE")
        for s in node.body:
            self.stmt(s)
        self.current.emit("JUMP", top)
        self.current.patch(exit_jump, len(self.current.code))

    def c_Return(self, node):
        self.expr(node.value)
        self.current.emit("RETURN")

    def c_Print(self, node):
        for a in node.args:
            self.expr(a)
        self.current.emit("PRINT", len(node.args))

    def c_ExprStmt(self, node):
        self.expr(node.expr)
        self.current.emit("POP")

    def c_FuncDef(self, node):
        outer, outer_in = self.current, self.in_function
        code = CodeObject(node.name, node.params)
        self.current, self.in_function = code, True
        for s in node.body:
            self.stmt(s)
        code.emit("CONST", 0)
        code.emit("RETURN")
        self.current, self.in_function = outer, outer_in
        self.functions[node.name] = code


class Frame:
    __slots__ = ("code", "pc", "slots", "stack_base")

    def __init__(self, code, slots, stack_base):
        self.code = code
        self.pc = 0
        self.slots = slots
        self.stack_base = stack_base


class VM:
    def __init__(self, functions, out):
        self.functions = functions
        self.out = out
        self.globals = {}
        self.stack = []
        self.frames = []
        self.steps = 0
        self.handlers = {}
        for name in dir(self):
            if name.startswith("op_"):
                self.handlers[name[3:]] = getattr(self, name)

    def run(self, main):
        self.frame = Frame(main, [], 0)
        self.running = True
        handlers = self.handlers
        while self.running:
            frame = self.frame
            op, arg = frame.code.code[frame.pc]
            frame.pc += 1
            self.steps += 1
            handlers[op](arg)

    def op_CONST(self, arg):
        self.stack.append(arg)

    def op_LOAD_LOCAL(self, arg):
        self.stack.append(self.frame.slots[arg])

    def op_STORE_LOCAL(self, arg):
        slots = self.frame.slots
        value = self.stack.pop()
        if arg < len(slots):
            slots[arg] = value
        else:
            slots.extend([0] * (arg - len(slots)))
            slots.append(value)

    def op_LOAD_GLOBAL(self, arg):
        try:
            self.stack.append(self.globals[arg])
        except KeyError:
            raise RuntimeFault("undefined variable " + arg) from None

    def op_STORE_GLOBAL(self, arg):
        self.globals[arg] = self.stack.pop()

    def op_BINARY(self, arg):
        right = self.stack.pop()
        left = self.stack.pop()
        self.stack.append(ARITH[arg](left, right))

    def op_NEG(self, arg):
        self.stack.append(-self.stack.pop())

    def op_NOT(self, arg):
        self.stack.append(int(not self.stack.pop()))

    def op_JUMP(self, arg):
        self.frame.pc = arg

    def op_JUMP_IF_FALSE(self, arg):
        if not self.stack.pop():
            self.frame.pc = arg

    def op_JUMP_IF_FALSE_OR_POP(self, arg):
        if self.stack[-1]:
            self.stack.pop()
        else:
            self.frame.pc = arg

    def op_JUMP_IF_TRUE_OR_POP(self, arg):
        if self.stack[-1]:
            self.frame.pc = arg
        else:
            self.stack.pop()

    def op_CALL(self, arg):
        name, argc = arg
        code = self.functions.get(name)
        if code is None:
            raise RuntimeFault("undefined function " + name)
        if argc != len(code.params):
            raise RuntimeFault("%s wants %d arguments" % (name, len(code.params)))
        base = len(self.stack) - argc
        slots = self.stack[base:]
        del self.stack[base:]
        self.frames.append(self.frame)
        self.frame = Frame(code, slots, base)

    def op_RETURN(self, arg):
        value = self.stack.pop()
        del self.stack[self.frame.stack_base:]
        self.frame = self.frames.pop()
        self.stack.append(value)

    def op_POP(self, arg):
        self.stack.pop()

    def op_PRINT(self, arg):
        values = self.stack[len(self.stack) - arg:]
        del self.stack[len(self.stack) - arg:]
        self.out.append(" ".join(str(v) for v in values))

    def op_HALT(self, arg):
        self.running = False


# --- the programs ----------------------------------------------------------

PROGRAMS = {
    "fib": """
        func fib(n) {
            if (n < 2) { return n; }
            return fib(n - 1) + fib(n - 2);
        }
        var k = 0;
        while (k <= FIB) { print(k, fib(k)); k = k + 3; }
    """,
    "collatz": """
        # the start below COLLATZ with the longest Collatz sequence
        func steps(n) {
            var count = 0;
            while (n != 1) {
                if (n % 2 == 0) { n = n / 2; } else { n = 3 * n + 1; }
                count = count + 1;
            }
            return count;
        }
        var best = 1; var best_len = 0; var i = 1;
        while (i < COLLATZ) {
            var s = steps(i);
            if (s > best_len) { best = i; best_len = s; }
            i = i + 1;
        }
        print(best, best_len);
    """,
    "primes": """
        func is_prime(n) {
            if (n < 2) { return 0; }
            if (n % 2 == 0) { return n == 2; }
            var d = 3;
            while (d * d <= n) {
                if (n % d == 0) { return 0; }
                d = d + 2;
            }
            return 1;
        }
        var count = 0; var last = 0; var n = 0;
        while (n < PRIMES) {
            if (is_prime(n)) { count = count + 1; last = n; }
            n = n + 1;
        }
        print(count, last);
    """,
    "gcd": """
        func gcd(a, b) {
            while (b != 0) { var t = a % b; a = b; b = t; }
            return a;
        }
        var total = 0; var coprime = 0; var a = 1;
        while (a <= SIDE) {
            var b = 1;
            while (b <= SIDE) {
                var g = gcd(a, b);
                total = total + g;
                if (g == 1 and not (a == b)) { coprime = coprime + 1; }
                b = b + 1;
            }
            a = a + 1;
        }
        print(total, coprime);
    """,
    "mixed": """
        func tri(n) { if (n == 0) { return 0; } return n + tri(n - 1); }
        func sign(x) { if (x < 0) { return -1; } else if (x == 0) { return 0; } return 1; }
        var acc = 0; var j = -SPAN;
        while (j < SPAN) {
            acc = acc + sign(j) * tri(j % 40 + 40 * (j < 0)) - (j / 7) % 5;
            j = j + 1;
        }
        print(acc, -17 / 5, -17 % 5, 17 / -5, 1 or 0, 0 and 1, not 3);
    """,
}


def run_both(name, source, constants):
    prelude = "".join("var %s = %d;\n" % item for item in constants.items())
    program = parse(prelude + source)
    tree_out = []
    evaluator = Evaluator(tree_out)
    evaluator.run(program)
    vm_out = []
    compiler = Compiler()
    main_code = compiler.compile_program(program)
    vm = VM(compiler.functions, vm_out)
    vm.run(main_code)
    if tree_out != vm_out:
        raise AssertionError("%s: evaluator %r != vm %r" % (name, tree_out, vm_out))
    size = len(main_code.code) + sum(len(c.code) for c in compiler.functions.values())
    return tree_out, evaluator.calls, vm.steps, size


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    constants = {"FIB": 10 + n, "COLLATZ": 35 * n, "PRIMES": 400 * n,
                 "SIDE": 8 * n, "SPAN": 50 * n}
    print("n:", n, constants)
    for name, source in PROGRAMS.items():
        out, calls, steps, size = run_both(name, source, constants)
        print("%-8s %d calls, %d vm steps, %d instructions" % (name, calls, steps, size))
        for line in out[-4:]:
            print("   ", line)


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
