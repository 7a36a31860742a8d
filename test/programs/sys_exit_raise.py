# raise SystemExit (no argument): exit status 0, and SystemExit is not caught by
# `except Exception`.
import sys

try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)
try:
    raise SystemExit
except Exception:
    print("not printed: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() code:", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException),
      issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception))
print("exiting now")
raise SystemExit
