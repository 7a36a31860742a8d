# class method unindented body
class A:
    def f(self):
    return 1
