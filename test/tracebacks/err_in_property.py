class A:
    @property
    def v(self):
        return self._v
print(A().v)
