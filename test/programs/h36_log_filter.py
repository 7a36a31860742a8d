# gilvm-nogil: --workers 2
# a log filter: reads log lines from stdin, aggregates, writes a report with sys.stdout
import sys

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")

class LogLine:
    __slots__ = ("lineno", "level", "source", "message")
    def __init__(self, lineno, level, source, message):
        self.lineno = lineno
        self.level = level
        self.source = source
        self.message = message
    @classmethod
    def parse(cls, lineno, raw):
        parts = raw.rstrip("\n").split(" ", 2)
        if len(parts) != 3:
            raise ValueError(f"line {lineno}: expected 3 fields, got {len(parts)}")
        level, source, message = parts
        if level not in LEVELS:
            raise ValueError(f"line {lineno}: unknown level {level!r}")
        return cls(lineno, level, source.rstrip(":"), message)
    def __repr__(self):
        return f"<{self.level} {self.source}@{self.lineno}>"

header = sys.stdin.readline()
print("header:", header.strip())
entries, problems = [], []
for lineno, raw in enumerate(sys.stdin, start=2):
    if not raw.strip():
        continue
    try:
        entries.append(LogLine.parse(lineno, raw))
    except ValueError as e:
        problems.append(str(e))

by_level = {lvl: [] for lvl in LEVELS}
for e in entries:
    by_level[e.level].append(e)
sources = {e.source for e in entries}
print("sources:", sources)
print("errors from:", {e.source for e in by_level["ERROR"]})
counts = {lvl: len(v) for lvl, v in by_level.items() if v}
print("counts:", counts)

out = sys.stdout
out.write("=" * 20 + "\n")
out.writelines(f"{lvl:<8}{'#' * n}\n" for lvl, n in counts.items())
out.writelines([f"problem: {p}\n" for p in problems])
print("worst:", max(entries, key=lambda e: (LEVELS.index(e.level), -e.lineno)))
print(sorted(entries, key=lambda e: LEVELS.index(e.level), reverse=True)[:3])
print("writable:", out.writable(), "fileno:", out.fileno(), "encoding:", out.encoding)
n = sys.stderr.write(f"{len(problems)} problems\n")
print("stderr wrote", n, "chars")
try:
    out.writelines(["ok\n", 42])
except TypeError as e:
    print("TypeError:", e)
try:
    entries[0].extra = 1
except AttributeError as e:
    print("AttributeError:", e)
