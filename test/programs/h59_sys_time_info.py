# sys.executable names the interpreter's command; time.get_clock_info describes each clock
# (CPython's answers on Linux, in a SimpleNamespace-like object).
import os
import sys
import time

print(type(sys.executable).__name__, os.path.isabs(sys.executable))
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info)
    print(" ", info.implementation, info.monotonic, info.adjustable, info.resolution)
print(time.get_clock_info("time") == time.get_clock_info("time"))
print(time.get_clock_info("monotonic") == time.get_clock_info("perf_counter"))
for bad in ["clock", 3]:
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
