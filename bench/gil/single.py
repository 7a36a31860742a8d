# Single-thread cost of the GIL machinery, for `npm run bench` (bench/gil-interp.ts).
# `single.py MODE PROGRAM` runs bench/programs/PROGRAM.py (the VM issue's suite) as a module
# body: its source is compiled first, untimed, on the main JS thread in both modes; the
# timed region is exec() of that code in a fresh module namespace. MODE `plain`: no thread
# was ever started, so the main JS thread runs the program as in the VM issue's figures (no
# executor, no GIL). MODE `thread`: an empty thread is started and joined first, so the same
# code then runs on an executor under the GIL (slice ends with the GIL checks, accounting
# and the run-queue peek; the nested-loop slice checks of sum() and sorted(key=)), with no
# other thread alive.
# Why compile outside the timed region: until session 24 the timed region was an import,
# which also compiled the program; on an executor that is the first compile in a new
# worker isolate (a cold front end: ~40 ms more than on the main thread, measured on
# fib.py), which is worker warm-up, not the GIL's checks. That cost is measured apart: the
# last line's third figure is the wall seconds of compiling the program once more, in the
# timed mode's place (on the executor in `thread` mode).
# Prints the program's own output, then a last line: wall seconds, process CPU seconds
# (every thread of the process) of the exec alone, and wall seconds of the second compile.
import sys
import time

mode, program = sys.argv[1], sys.argv[2]
path = f"bench/programs/{program}.py"
with open(path) as f:
    source = f.read()
code = compile(source, path, "exec")
if mode == "thread":
    import threading

    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()
elif mode != "plain":
    raise SystemExit("usage: single.py plain|thread PROGRAM")

namespace = {"__name__": program, "__file__": path, "__builtins__": __builtins__}
start = time.perf_counter()
start_cpu = time.process_time()
exec(code, namespace)
cpu = time.process_time() - start_cpu
wall = time.perf_counter() - start
compile_start = time.perf_counter()
compile(source + "\n", path, "exec")
compile_wall = time.perf_counter() - compile_start
print(f"{wall:.6f} {cpu:.6f} {compile_wall:.6f}")
