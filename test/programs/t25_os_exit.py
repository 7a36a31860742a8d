# gilvm-nogil: --workers 2
# os._exit ends the process at once with the status: no finally blocks, no SystemExit.
import os

try:
    os._exit("3")
except TypeError as e:
    print("TypeError", e)
print("about to exit", flush=True)
try:
    os._exit(7)
finally:
    print("never printed")
