# At exit the script's own imported modules' objects are finalized too, in the same
# collection as __main__'s (the module's, made first, come first).
import mod_h212_exit


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del main", self.n, mod_h212_exit.h.n)


m = A("m")
print("end", mod_h212_exit.h.n)
