# Ctrl-C while a single-threaded program computes (test/vm/threads.test.ts): the CLI run turns
# the event loop between slices, so the SIGINT handler raises KeyboardInterrupt in the loop.
import sys
def spin():
    n = 0
    while True:
        n += 1
if sys.argv[1] == "catch":
    try:
        print("ready", flush=True)
        spin()
    except KeyboardInterrupt:
        print("caught KeyboardInterrupt")
    print("done")
else:
    print("ready", flush=True)
    spin()
