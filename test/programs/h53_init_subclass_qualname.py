# object.__init_subclass__ refuses keywords, naming the class by its qualified name
def f():
    class Sub(object, flag=1):
        pass


f()
