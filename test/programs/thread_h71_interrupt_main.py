# _thread.interrupt_main(): KeyboardInterrupt in the main thread as a SIGINT gives it (from
# the main thread itself, right after the call; from another thread, in a sleep), the
# signal-number checks; and bytearray *= repeating in place.
import _thread, time, threading
try:
    _thread.interrupt_main(); time.sleep(0.5); print("not interrupted")
except KeyboardInterrupt:
    print("KI 1")
try:
    _thread.interrupt_main()
    x = 1
    print("after", x)
except KeyboardInterrupt:
    print("KI 2")
try:
    _thread.interrupt_main(15)
    print("sigterm ignored")
except KeyboardInterrupt:
    print("KI 3")
for bad in (0, 100, 'x', 2.0):
    try:
        _thread.interrupt_main(bad)
    except Exception as e:
        print(type(e).__name__, e)
# from a worker thread while main waits
def w():
    time.sleep(0.05)
    _thread.interrupt_main()
t = threading.Thread(target=w)
t.start()
try:
    time.sleep(2)
    print("slept")
except KeyboardInterrupt:
    print("KI 4")
t.join()
try:
    _thread.interrupt_main()
    for i in range(3):
        pass
    print("loop done")
except KeyboardInterrupt:
    print("KI 5")
b = bytearray(b"ab"); c = b
b *= 3
print(b, c, b is c)
b *= 0
print(b, c, b is c)
b = bytearray(b"xy"); c = b; b *= -1; print(b, c is b)
d = b"ab"; e = d; d *= 2; print(d, e, d is e)
_thread.interrupt_main()
print("end")
