# gilvm-nogil: --workers 2
# Exception notes (add_note / __notes__) are printed after the "Type: message" line of a
# traceback, for every exception of the chain.
def load(path):
    try:
        raise FileNotFoundError(2, "No such file or directory")
    except OSError as e:
        e.add_note(f"while loading {path!r}")
        raise


def configure():
    try:
        load("settings.ini")
    except OSError as e:
        err = RuntimeError("configuration failed")
        err.add_note("hint: create the file first")
        err.add_note("hint: or pass --defaults")
        raise err from e


try:
    configure()
except RuntimeError as e:
    print(e, e.__notes__, e.__cause__.__notes__)
e = ValueError("plain")
print(hasattr(e, "__notes__"))
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError", err)
configure()
