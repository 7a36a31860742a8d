import threading
total = [0, 0, 0]
def work(k):
    for i in range(3000):
        total[k] += i
ts = [threading.Thread(target=work, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
