pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (UnboundLocalError, NameError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError), (ModuleNotFoundError, ImportError),
    (UnicodeDecodeError, ValueError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException),
    (GeneratorExit, Exception), (Exception, BaseException), (AssertionError, Exception),
    (TimeoutError, OSError), (IndentationError, SyntaxError), (TabError, IndentationError),
    (TypeError, Exception), (LookupError, ValueError),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
