# SystemExit raised from nested functions with cleanup in with/finally, ending with
# exit status 2 chosen by the code. `except Exception` does not intercept it.
import sys


class Cleanup:
    def __enter__(self):
        print("acquire")
        return self

    def __exit__(self, *exc):
        print("release, exception type:", exc[0].__name__ if exc[0] else None)
        return False


def fail():
    try:
        sys.exit(2)
    except Exception:
        print("not reached")


with Cleanup():
    try:
        fail()
    finally:
        print("inner finally")
print("not reached either")
