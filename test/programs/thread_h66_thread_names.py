# Thread-N and ThreadPoolExecutor-N numbers are handed out atomically: threads creating threads
# (or executors) at the same time, with or without the GIL, never get the same name.
import threading
from concurrent.futures import ThreadPoolExecutor
names = []; lock = threading.Lock()
def creator():
    mine = [threading.Thread(target=print).name for _ in range(2000)]
    with lock: names.extend(mine)
ts = [threading.Thread(target=creator) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(names), len(set(names)))
prefixes = []
def pools():
    mine = [ThreadPoolExecutor(max_workers=1)._thread_name_prefix for _ in range(300)]
    with lock: prefixes.extend(mine)
ts = [threading.Thread(target=pools) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(prefixes), len(set(prefixes)))
print(threading.Thread().name, ThreadPoolExecutor()._thread_name_prefix)
