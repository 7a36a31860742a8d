x = 1
class C(Base, metaclass=M):
    x = 2
    y = x
    __private = 3
    def m(self):
        return x, self.__private, __other
    def sup(self):
        return super().m()
    def cls(self):
        return __class__
    class Inner:
        def g(self):
            return y
