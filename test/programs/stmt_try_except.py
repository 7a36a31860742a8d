# try/except in its forms: as-binding, tuples of types, bare except, else clause,
# handler order, re-raise, exception variable cleared after the handler.
def parse(text):
    try:
        value = int(text)
    except ValueError as e:
        print("  ValueError:", e)
        return None
    except (TypeError, AttributeError) as e:
        print("  type problem:", type(e).__name__, e)
        return None
    else:
        print("  parsed fine")
        return value


for item in ["12", "x1", None, 3.7]:
    print(repr(item), "->", parse(item))

try:
    [][0]
except LookupError as e:          # base class catches IndexError
    print("LookupError caught:", type(e).__name__, e)
try:
    {}["missing"]
except IndexError:
    print("wrong handler")
except KeyError as e:
    print("KeyError caught:", e, repr(e), e.args)
try:
    1 / 0
except:
    print("bare except caught it")
try:
    raise ValueError("first")
except Exception as err:
    saved = err
print("saved:", saved)
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)


def reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        print("logging and re-raising")
        raise


try:
    reraise()
except KeyError as e:
    print("outer got", repr(e))
try:
    try:
        raise TypeError("original")
    except TypeError as e:
        raise ValueError("replacement")
except ValueError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))


class AppError(Exception):
    pass


class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(f"table {table} failed with {code}")
        self.table = table
        self.code = code


try:
    raise DbError("users", 42)
except AppError as e:
    print(type(e).__name__, e, e.table, e.code, e.args)
try:
    raise AppError
except AppError as e:
    print("raised a class:", repr(e), str(e) == "", e.args)
try:
    raise AppError("a", 1, None)
except AppError as e:
    print(str(e), repr(e))
print(repr(Exception()), repr(ValueError("x")), str(KeyError("k")), str(KeyError()))
print(repr(OSError("disk")), str(Exception("a", "b")))
for exc_type in (ZeroDivisionError, ArithmeticError, Exception):
    try:
        10 % 0
    except exc_type as e:
        print("caught by", exc_type.__name__, "->", e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except ValueError:
        print("not run")
    else:
        raise RuntimeError("from else")
except RuntimeError as e:
    print("else-clause exceptions are not caught by the same try:", e)
