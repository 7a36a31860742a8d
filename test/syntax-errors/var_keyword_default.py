# var keyword default
def f(**k=1):
    pass
