# imported by h212_exit_module_finalize.py: a module whose objects die at exit
class H:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del helper", self.n)


h = H("h")
items = [H("i1"), H("i2")]


def gen():
    try:
        yield 1
    finally:
        print("helper gen finally")


running = gen()
next(running)
