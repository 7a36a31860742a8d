import threading, time
def forever():
    n = 0
    while True:
        n += 1
        if n % 1000 == 0:
            time.sleep(0.001)
d = threading.Thread(target=forever, daemon=True)
d.start()
time.sleep(0.05)
print("main exits, daemon alive:", d.is_alive())
