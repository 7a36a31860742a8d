# gilvm-nogil: --workers 4
# List operators on lists other threads change: `l += m` from four threads at once keeps
# every item, `l *= 1` while another thread appends and pops leaves the list as it was, and
# `l * 1`, `l + []`, `l == m` while another thread replaces items read no freed item.
# Under --no-gil these operators took no lock on the list (lost and mixed-up items,
# garbage objects, internal errors, hangs).
import threading

L = []


def add(k):
    global L
    for i in range(1500):
        L += [k]


threads = [threading.Thread(target=add, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(L), sorted(set(L)), [L.count(k) for k in range(4)])

R = list(range(10))


def repeat():
    global R
    for i in range(3000):
        R *= 1


def churn():
    for i in range(3000):
        R.append(i)
        R.pop()


threads = [threading.Thread(target=repeat), threading.Thread(target=churn)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(R)

S = [[i] for i in range(32)]
same = [[i] for i in range(32)]
bad = []


def writer():
    for i in range(20000):
        S[i % 32] = [i % 32]


def reader():
    for i in range(1500):
        if not all(x == [j] for j, x in enumerate(S * 1)):
            bad.append('mul')
        if not all(x == [j] for j, x in enumerate(S + [])):
            bad.append('add')
        if S != same:
            bad.append('ne')


threads = [threading.Thread(target=writer), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('bad reads:', bad[:3])
