class _A:
    __x = 1
    def __m(self, __p):
        __q = __p
        return __q, self.__x, __dunder__
class __:
    __y = 2
