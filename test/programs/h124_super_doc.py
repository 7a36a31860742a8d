# gilvm-nogil:
# super().__doc__ is the docstring of the next class in the MRO, None when that class
# has none (CPython's class dicts always hold __doc__), not a docstring further up
class A:
    "A doc"
class B(A):
    pass
class C(B):
    "C doc"
    def docs(self):
        return super().__doc__, super(B, self).__doc__, super(C, C).__doc__
class D(A):
    def doc(self):
        return super().__doc__
print(C().docs())
print(D().doc())
print(A.__doc__, B.__doc__, C.__doc__, B().__doc__, D.__doc__)
