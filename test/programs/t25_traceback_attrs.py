# gilvm-nogil: --workers 2
# Traceback objects: tb_lineno, tb_next, tb_lasti, and tb_frame's f_code / f_lineno.
import sys


def parse(text):
    return int(text)


def load(items):
    return [parse(t) for t in items]


try:
    load(["1", "x"])
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, type(tb.tb_lasti).__name__)
    while tb is not None:
        frame = tb.tb_frame
        print(frame.f_code.co_name, tb.tb_lineno, frame.f_code.co_filename.endswith("t25_traceback_attrs.py"))
        tb = tb.tb_next


def where():
    try:
        {}["missing"]
    except KeyError:
        exc_type, exc, tb = sys.exc_info()
        return f"{exc_type.__name__} {exc} at line {tb.tb_lineno} in {tb.tb_frame.f_code.co_name}"


print(where())
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_next, e.__traceback__.tb_frame.f_code.co_name)
    try:
        e.__traceback__.tb_bogus
    except AttributeError as err:
        print("AttributeError", err)
