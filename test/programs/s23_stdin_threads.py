# gilvm-nogil: --workers 2
# Standard input read ahead in chunks and shared by threads on different executors: every
# line reaches exactly one reader (input() and sys.stdin.readline() mixed), a long line of
# two-byte characters crosses the read-ahead chunk's end, and read() takes the rest.
import sys
import threading

first = input()
long_line = sys.stdin.readline()
print(first, len(long_line), long_line.count('é'), long_line[-3:] == 'ok\n')

lock = threading.Lock()
taken = []

def reader(use_input):
    while True:
        with lock:
            if use_input:
                try:
                    line = input()
                except EOFError:
                    return
                if line == 'END':
                    return
            else:
                line = sys.stdin.readline()
                if line == '' or line == 'END\n':
                    return
                line = line[:-1]
            taken.append(int(line))

threads = [threading.Thread(target=reader, args=(i % 2 == 0,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(taken), sum(taken), sorted(taken) == list(range(1, 3001)))
rest = sys.stdin.read()
print(repr(rest[:12]), len(rest.splitlines()))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print('EOFError:', e)
