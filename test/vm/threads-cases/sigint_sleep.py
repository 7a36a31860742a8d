# Ctrl-C while a single-threaded program is in time.sleep (test/vm/threads.test.ts): the CLI
# run waits out the sleep on the event loop, so the SIGINT handler raises KeyboardInterrupt
# at the sleep's call, as CPython's.
import sys
import time
for i in range(3):
    time.sleep(0.01)
if sys.argv[1] == "catch":
    try:
        print("ready", flush=True)
        time.sleep(30)
    except KeyboardInterrupt:
        print("caught KeyboardInterrupt")
    time.sleep(0.01)
    print("done")
else:
    print("ready", flush=True)
    time.sleep(30)
