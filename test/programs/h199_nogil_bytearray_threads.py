# A bytearray shared by threads: append / extend / insert / pop / remove are atomic
# as in CPython (under --no-gil the native holds the bytearray's lock, as for lists):
# no byte is lost or duplicated.
# gilvm-nogil: --workers 4
import threading
ba = bytearray()
def writer(k):
    for i in range(3000):
        ba.append(k)
        ba.extend(bytes([k, k]))
        if i % 7 == 0:
            ba.insert(0, 9)
threads = [threading.Thread(target=writer, args=(k,)) for k in range(1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(ba), sum(ba), ba.count(9), [ba.count(k) for k in range(1, 5)])
taken = []
def taker():
    got = 0
    for i in range(4000):
        try:
            got += ba.pop()
        except IndexError:
            break
    taken.append(got)
left = sum(ba)
threads = [threading.Thread(target=taker) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(ba), sum(taken) + sum(ba) == left)
