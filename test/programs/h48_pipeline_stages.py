# gilvm-nogil: --workers 2
"""A log-processing pipeline: reader -> parser (x2) -> enricher -> aggregator, stages
connected by bounded queues. Shutdown uses one sentinel per consumer; the parser stage
reports malformed lines on an error queue; the main thread uses q.join() on the
intermediate queues and then collects the aggregate."""
import queue
import threading
from collections import Counter, defaultdict

STOP = object()

LOG = []
for i in range(120):
    level = ("INFO", "WARN", "ERROR", "DEBUG")[i % 4 if i % 7 else 2]
    service = ("auth", "db", "web")[i % 3]
    if i % 23 == 5:
        LOG.append(f"garbage line {i}")
    else:
        LOG.append(f"2024-01-{1 + i % 28:02d} {level} {service} latency={i * 7 % 250}ms user=u{i % 9}")

raw_q = queue.Queue(maxsize=8)
parsed_q = queue.Queue(maxsize=8)
enriched_q = queue.Queue(maxsize=4)
errors_q = queue.SimpleQueue()

N_PARSERS = 2
USERS = {f"u{k}": ("premium" if k % 3 == 0 else "basic") for k in range(9)}


def reader():
    for lineno, line in enumerate(LOG, 1):
        raw_q.put((lineno, line))
    for _ in range(N_PARSERS):
        raw_q.put(STOP)


def parser():
    while True:
        item = raw_q.get()
        if item is STOP:
            raw_q.task_done()
            parsed_q.put(STOP)
            return
        lineno, line = item
        try:
            date, level, service, latency, user = line.split()
            key, _, value = latency.partition("=")
            if key != "latency" or not value.endswith("ms"):
                raise ValueError(f"bad field {latency!r}")
            parsed_q.put({"line": lineno, "date": date, "level": level, "service": service,
                          "ms": int(value[:-2]), "user": user.split("=")[1]})
        except ValueError as e:
            errors_q.put((lineno, str(e)))
        finally:
            raw_q.task_done()


def enricher():
    stops = 0
    while stops < N_PARSERS:
        rec = parsed_q.get()
        if rec is STOP:
            stops += 1
        else:
            rec["tier"] = USERS[rec["user"]]
            rec["slow"] = rec["ms"] > 200
            enriched_q.put(rec)
        parsed_q.task_done()
    enriched_q.put(STOP)


summary = {}


def aggregator():
    levels = Counter()
    latency = defaultdict(list)
    slow_by_tier = Counter()
    lines = []
    while True:
        rec = enriched_q.get()
        try:
            if rec is STOP:
                break
            levels[rec["level"]] += 1
            latency[rec["service"]].append(rec["ms"])
            if rec["slow"]:
                slow_by_tier[rec["tier"]] += 1
            lines.append(rec["line"])
        finally:
            enriched_q.task_done()
    summary["levels"] = dict(sorted(levels.items()))
    summary["avg"] = {s: round(sum(v) / len(v), 2) for s, v in sorted(latency.items())}
    summary["max"] = {s: max(v) for s, v in sorted(latency.items())}
    summary["slow"] = dict(sorted(slow_by_tier.items()))
    summary["count"] = len(lines)
    summary["ordered"] = sorted(lines) == lines


stages = [threading.Thread(target=reader, name="reader")]
stages += [threading.Thread(target=parser, name=f"parser-{i}") for i in range(N_PARSERS)]
stages += [threading.Thread(target=enricher, name="enricher"),
           threading.Thread(target=aggregator, name="aggregator")]
for s in stages:
    s.start()
raw_q.join()
parsed_q.join()
enriched_q.join()
for s in stages:
    s.join()

errors = []
while True:
    try:
        errors.append(errors_q.get_nowait())
    except queue.Empty:
        break
print("errors:", sorted(errors))
for key in ("levels", "avg", "max", "slow", "count"):
    print(key + ":", summary[key])
print("all lines accounted:", summary["count"] + len(errors) == len(LOG))
print("queues drained:", raw_q.qsize(), parsed_q.qsize(), enriched_q.qsize(), errors_q.empty())
print("unfinished:", raw_q.unfinished_tasks, parsed_q.unfinished_tasks, enriched_q.unfinished_tasks)
print("stages alive:", [s.name for s in stages if s.is_alive()])
