# gilvm-nogil:
# Threads sharing one StringIO (print to it, redirect_stdout, write): every print() is a
# whole line (never "line Aline B" then two newlines) and no write is lost, as with
# CPython's C StringIO; with --no-gil print's two writes and lib/io.py's read-modify-write
# steps used to interleave (lines glued together, text lost, tell() wrong)
import contextlib, io, threading

N_THREADS, N_LINES = 4, 150
EXPECTED = sorted(f"thread {i} line {j}" for i in range(N_THREADS) for j in range(N_LINES))

def run_all(target, *extra):
    ts = [threading.Thread(target=target, args=(i, *extra)) for i in range(N_THREADS)]
    for t in ts: t.start()
    for t in ts: t.join()

def report(label, text):
    lines = text.splitlines()
    print(label, len(lines), sorted(lines) == EXPECTED, len(text) == sum(len(x) + 1 for x in EXPECTED))

def printer(i, file=None):
    for j in range(N_LINES):
        print(f"thread {i} line {j}", file=file)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    run_all(printer)
report("redirected print", buf.getvalue())

buf = io.StringIO()
run_all(printer, buf)
report("print(file=StringIO)", buf.getvalue())

# many short writes: each one's steps (append, advance the position) interleaved
def short_writer(i, file):
    for j in range(3000):
        file.write(f"{i}:{j},")

buf = io.StringIO()
run_all(short_writer, buf)
pieces = buf.getvalue().split(",")[:-1]
print("StringIO.write", len(pieces), sorted(pieces) == sorted(f"{i}:{j}" for i in range(N_THREADS) for j in range(3000)))
print("tell at end", buf.tell() == len(buf.getvalue()))
