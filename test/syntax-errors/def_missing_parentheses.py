# def missing parentheses
def f:
    pass
