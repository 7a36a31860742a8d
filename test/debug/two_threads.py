import threading

counter = 0


def work(n):
    global counter
    for i in range(n):
        counter += 1


t = threading.Thread(target=work, args=(3,))
t.start()
work(2)
t.join()
print("counter", counter)
