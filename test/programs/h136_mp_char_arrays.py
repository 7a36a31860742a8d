# gilvm-nogil:
# Array('c') / Value('c') / RawArray('c'): ctypes c_char shared memory (bytes items, .value up to the first NUL, .raw), shared with a child
import multiprocessing as mp

def child(a, v, r):
    a.value = b'child!'
    v.value = b'z'
    r[0] = b'Q'

if __name__ == '__main__':
    a = mp.Array('c', b'hello')
    print(a[:], a[0], a.value, a.raw, len(a), list(a), a[1:3], a[-1])
    a.value = b'hi'
    print(a.raw, a.value)
    a[0] = b'J'
    print(a.value)
    a[0] = 75
    print(a.value)
    a[1:3] = b'xy'
    print(a.raw)
    b = mp.Array('c', 4)
    print(b.raw, b.value)
    v = mp.Value('c', b'x')
    print(v, v.value, type(v))
    v.value = b'y'
    print(v.value)
    print(mp.Value('c').value)
    r = mp.RawArray('c', 3)
    print(r.value, r.raw, type(r))
    print(mp.RawValue('c', b'k'))
    for bad in ('s', 'str', 3.5):
        try:
            a[0] = bad
        except Exception as e:
            print(type(e).__name__, e)
    try:
        a.value = b'toolongtoolong'
    except Exception as e:
        print(type(e).__name__, e)
    try:
        a.value = 'text'
    except Exception as e:
        print(type(e).__name__, e)
    buf = mp.Array('c', 10)
    p = mp.Process(target=child, args=(buf, v, r))
    p.start(); p.join()
    print(buf.value, v.value, r.raw)
    with buf.get_lock():
        buf.value = b'locked'
    print(buf.value, type(buf).__name__, repr(buf).split(' object')[0])
    print(repr(buf.get_obj()).split(' object')[0])
