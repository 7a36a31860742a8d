# Ends with an uncaught NameError from a name that was never defined.
def greet(name):
    message = "hello " + name
    return formatted_greeting


print("calling greet")
greet("ann")
