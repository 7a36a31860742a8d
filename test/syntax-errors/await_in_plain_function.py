# await in plain function
def f():
    await g()
