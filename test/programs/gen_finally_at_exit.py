# A generator suspended inside try/finally when the program ends: its finally runs at exit.
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers: finally")


g = numbers()
print(next(g))
print("end of program")
