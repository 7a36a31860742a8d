# Preemption inside nested eval loops: a thread inside sum(<genexpr>) (native code driving
# a generator) must not starve the others. Each thread leaves a marker in `log` every K
# items; the test checks that the markers of the two threads interleave.
import sys
import threading

N = 60_000
K = 2_000
log = []


def summing(name):
    # the generator runs in a nested eval loop under sum(); the marker is appended from it
    return sum(x * x for x in range(N) if x % K or log.append(name) is None)


def looping(name):
    total = 0
    for x in range(N):
        if x % K == 0:
            log.append(name)
        total += x * x
    return total


mode = sys.argv[1] if len(sys.argv) > 1 else 'sum-sum'
second = summing if mode == 'sum-sum' else looping
results = {}
threads = [
    threading.Thread(target=lambda: results.__setitem__('a', summing('a'))),
    threading.Thread(target=lambda: results.__setitem__('b', second('b'))),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
runs = {'a': 0, 'b': 0}
for i, name in enumerate(log):
    if i == 0 or log[i - 1] != name:
        runs[name] += 1
print(results['a'] == results['b'] == sum(x * x for x in range(N)), len(log))
print('interleaved' if runs['a'] >= 2 and runs['b'] >= 2 else f'not interleaved: {runs}')
