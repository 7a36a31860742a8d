# multiprocessing start-method bookkeeping as CPython's default context: None until set or
# read, set_start_method a second time raises unless force=True, get_context(name) checks
# the name (gilvm starts every child as fork does; the output here does not depend on it).
import multiprocessing as mp


def child(q):
    q.put("child ran")


if __name__ == "__main__":
    print(mp.get_start_method(allow_none=True))
    mp.set_start_method("spawn")
    print(mp.get_start_method(), mp.get_context().get_start_method(), mp.get_context("fork").get_start_method())
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
    try:
        mp.set_start_method("fork")
    except RuntimeError as e:
        print("RuntimeError:", e)
    mp.set_start_method("fork", force=True)
    print(mp.get_start_method())
    try:
        mp.get_context("thread")
    except ValueError as e:
        print("ValueError:", e)
    mp.set_start_method(None, force=True)
    print(mp.get_start_method(allow_none=True))
