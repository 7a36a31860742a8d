# At exit, objects in cycles still get their __del__ (CPython's final collection), after
# the program's last line.
class Node:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("del", self.name, self.me is self)


a = Node("a")
print("end of program")
