# a class with no body
class Empty:

x = Empty()
