# gilvm-nogil: --workers 2
"""What happens to exceptions raised in threads: a supervisor installs a custom
threading.excepthook that records failures (type, message, thread name) instead of
printing; worker subclasses re-raise, exit with SystemExit (ignored by the hook's
caller), fail in __init__-time validation, and a retry loop resubmits failed jobs.
Finally the default hook reports one failure on stderr."""
import sys
import threading

failures = []
f_lock = threading.Lock()


def hook(args):
    with f_lock:
        failures.append((args.exc_type.__name__, str(args.exc_value),
                         args.thread.name if args.thread else None,
                         args.exc_traceback is not None))


original = threading.excepthook
threading.excepthook = hook


class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(f"job {job}: {reason}")
        self.job = job


class Worker(threading.Thread):
    def __init__(self, job, attempt):
        super().__init__(name=f"job{job}-try{attempt}")
        self.job = job
        self.attempt = attempt
        self.result = None

    def run(self):
        if self.job % 5 == 0 and self.attempt == 0:
            raise JobError(self.job, "transient failure")
        if self.job == 7:
            raise JobError(self.job, "permanent failure")
        if self.job == 9:
            sys.exit(4)   # SystemExit in a thread: silently ends it
        try:
            self.result = 100 // (self.job - 3)
        except ZeroDivisionError as e:
            raise JobError(self.job, "bad divisor") from e


results = {}
pending = list(range(12))
for attempt in range(3):
    workers = [Worker(j, attempt) for j in pending]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    pending = []
    for w in workers:
        if w.result is not None:
            results[w.job] = w.result
        elif w.job != 9:
            pending.append(w.job)
    print(f"after attempt {attempt}: ok={sorted(results)} retry={pending}")
    if not pending:
        break

for f in sorted(failures):
    print("failure:", f)

# the hook also receives exceptions from plain target functions and from Timers
def bad_target(x):
    return {"a": 1}[x]


t = threading.Thread(target=bad_target, args=("b",), name="lookup")
t.start()
t.join()
tm = threading.Timer(0, lambda: [].pop())
tm.name = "timer-pop"
tm.start()
tm.join()
print("late failures:", sorted(failures[-2:]))

# a hook that itself fails is reported, not fatal
def broken_hook(args):
    raise RuntimeError("hook failed")


threading.excepthook = broken_hook
t = threading.Thread(target=bad_target, args=("c",), name="broken")
t.start()
t.join()
print("still running after broken hook")

threading.excepthook = original
print("restored:", threading.excepthook is threading.__excepthook__)
sys.stdout.flush()
t = threading.Thread(target=bad_target, args=("final",), name="reported")
t.start()
t.join()
print("main exits normally")
