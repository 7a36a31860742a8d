# sys.exit(3): exit status 3, no traceback; finally blocks still run.
import sys

print("about to exit")
try:
    sys.exit(3)
finally:
    print("finally runs during SystemExit")
print("not reached")
