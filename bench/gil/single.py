# Single-thread cost of the GIL machinery, for `npm run bench` (bench/gil-interp.ts).
# `single.py MODE PROGRAM` runs bench/programs/PROGRAM.py (the VM issue's suite) by importing
# it, timed around the import. MODE `plain`: no thread was ever started, so the main JS
# thread runs the program as in the VM issue's figures (no executor, no GIL). MODE `thread`:
# an empty thread is started and joined first, so the same program then runs on an executor
# under the GIL (slice ends with the GIL checks, accounting and the run-queue peek; the
# nested-loop slice checks of sum() and sorted(key=)), with no other thread alive. Prints
# the program's own output, then a last line: wall seconds, process CPU seconds (every
# thread of the process), both of the import alone.
import sys
import time

mode, program = sys.argv[1], sys.argv[2]
if mode == "thread":
    import threading

    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()
elif mode != "plain":
    raise SystemExit("usage: single.py plain|thread PROGRAM")

sys.path.insert(0, "bench/programs")
start = time.perf_counter()
start_cpu = time.process_time()
__import__(program)
cpu = time.process_time() - start_cpu
wall = time.perf_counter() - start
print(f"{wall:.6f} {cpu:.6f}")
