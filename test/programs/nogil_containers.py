# gilvm-nogil: --workers 2
# Shared containers hammered by several threads at once: exact final sizes and contents.
import threading

N = 4
M = 3000
shared_list = []
shared_dict = {}
shared_set = set()


def worker(k):
    for i in range(M):
        shared_list.append((k, i))
        shared_dict[(k, i)] = i
        shared_dict[i % 50] = k
        shared_set.add(i)
        shared_set.add(k * M + i)
    for i in range(M // 3):
        shared_list.pop()
        del shared_dict[(k, i)]
        shared_list.insert(0, i)
    for x in list(shared_dict):
        pass


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("list", len(shared_list), N * M)
print("dict", len(shared_dict), N * M - N * (M // 3) + 50)
print("set", len(shared_set), N * M)
assert len(shared_list) == N * M
assert len(shared_dict) == N * M - N * (M // 3) + 50
assert len(shared_set) == N * M
assert sorted(v for v in shared_set) == list(range(N * M))
