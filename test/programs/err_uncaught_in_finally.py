# Ends with an uncaught exception raised while handling another (implicit chaining).
# The finally block runs and prints before the traceback.
def risky():
    try:
        return [1, 2][5]
    except IndexError:
        print("handling IndexError")
        raise RuntimeError("while handling")
    finally:
        print("finally ran")


risky()
