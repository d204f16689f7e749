def run(exc):
    try:
        try:
            raise exc
        except Exception:
            return "caught by Exception"
    except BaseException as e:
        return "only BaseException caught " + type(e).__name__
for exc in (KeyboardInterrupt, SystemExit(0), GeneratorExit, ValueError):
    print(run(exc))
try:
    raise SystemExit("message")
except SystemExit as e:
    print(e.code, e.args)
