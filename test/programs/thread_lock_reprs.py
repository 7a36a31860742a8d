# The reprs of threading's native locks and events, as CPython's (addresses and owner
# idents masked).
import threading
def mask(s):
    out = []
    for w in s.split(" "):
        if w.startswith("0x"): w = "0x?" + (w[-1] if w[-1] in ">:," else "")
        if w.startswith("owner="): w = "owner=?"
        out.append(w)
    return " ".join(out)
l = threading.Lock(); r = threading.RLock(); e = threading.Event(); c = threading.Condition(); s = threading.Semaphore(2); b = threading.BoundedSemaphore(1)
print(mask(repr(l)), mask(str(l)))
l.acquire(); print(mask(repr(l))); l.release()
r.acquire(); print(mask(repr(r))); r.release()
print(mask(repr(e)), mask(repr(c)), mask(repr(s)), mask(repr(b)))
print(type(l), type(r), type(e))
print([mask(repr(x)) for x in (l, r)])
