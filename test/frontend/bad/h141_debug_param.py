class A:
    def f(self, __debug__=3):
        pass
