# gilvm-nogil:
# multiprocessing's shared numbers without a lock are the bare ctypes objects CPython
# returns: RawValue / Value(lock=False) is a c_int (repr c_int(5), no get_lock), RawArray /
# Array(lock=False) a c_int_Array_N; 'q' is c_long on 64-bit Linux; get_obj() of the
# synchronized wrappers returns that object, which the SynchronizedArray repr shows
import multiprocessing as mp

def double_all(raw_v, raw_a, wrapped):
    raw_v.value *= 2
    for i in range(len(raw_a)):
        raw_a[i] = raw_a[i] * 2
    with wrapped.get_lock():
        wrapped.value += 100

if __name__ == "__main__":
    rv = mp.RawValue('i', 5)
    print(type(rv).__name__, type(rv).__module__, repr(rv), rv.value)
    print(repr(mp.RawValue('d', 2)), repr(mp.RawValue('q', 3)), repr(mp.Value('h', 4, lock=False)))
    try:
        rv.get_lock()
    except AttributeError as e:
        print("AttributeError:", e)
    ra = mp.RawArray('i', [1, 2, 3])
    print(type(ra).__name__, type(ra).__module__, ra[:], len(ra), list(ra), ra[-1])
    print(type(mp.Array('d', 4, lock=False)).__name__)
    print(repr(mp.Value('q', 1)), repr(mp.Value('Q', 2)), repr(mp.Value('L', 3)))
    wa = mp.Array('d', [1.5, 2.5])
    print(repr(wa).split(' object at ')[0])
    print(type(wa).__name__, type(wa.get_obj()).__name__, wa.get_obj()[:])
    wv = mp.Value('i', 7)
    obj = wv.get_obj()
    print(type(wv).__name__, type(obj).__name__, repr(obj))
    obj.value = 8          # the same shared memory
    print(wv.value)
    p = mp.Process(target=double_all, args=(rv, ra, wv))
    p.start()
    p.join()
    print(p.exitcode, rv.value, ra[:], wv.value)
    q = mp.Queue()
    try:
        q.put(rv)
        print(q.get(timeout=0.5))
    except Exception as e:
        print(type(e).__name__)
    print("done")
