# gilvm-nogil:
# os._exit's argument errors as CPython 3.11's Argument Clinic reports them; os._exit(status=3) ends the run with 3
import os
for f in [lambda: os._exit(), lambda: os._exit(1, 2), lambda: os._exit(x=3), lambda: os._exit(1, x=3),
          lambda: os._exit(status=3, x=1), lambda: os._exit(x=1, y=2), lambda: os._exit("a"), lambda: os._exit(1.5),
          lambda: os._exit(None)]:
    try:
        f()
    except TypeError as e:
        print(e)
print("exiting", flush=True)
os._exit(status=3)
