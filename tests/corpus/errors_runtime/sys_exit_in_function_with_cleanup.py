import sys
def shutdown():
    try:
        sys.exit(5)
    except Exception:
        print("Exception does not catch SystemExit")
    finally:
        print("cleanup")
shutdown()
print("never")
