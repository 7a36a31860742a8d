def factory(base):
    class K(base):
        attr = base
        def method(self):
            return super().method() + base
        def other(self):
            return attr
    return K
class Outer:
    v = 1
    def f(self):
        v = 2
        class In:
            w = v
            def g(self):
                return v
        return In
