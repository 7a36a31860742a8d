# Ends with an uncaught AssertionError carrying a message.
def checked_sqrt(x):
    assert x >= 0, f"cannot take sqrt of negative number {x}"
    return x ** 0.5


print(checked_sqrt(16))
print(checked_sqrt(-4))
