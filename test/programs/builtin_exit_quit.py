# exit() and quit() (site's Quitter objects in CPython) raise SystemExit(code)
for f in (exit, quit):
    try:
        f()
    except SystemExit as e:
        print("no code:", repr(e), e.args, e.code)
    try:
        f(2)
    except SystemExit as e:
        print("code:", repr(e), e.code)
    try:
        f(code="bye")
    except SystemExit as e:
        print("keyword:", repr(e), e.code)
    try:
        f(1, 2)
    except TypeError as e:
        print("TypeError:", e)
print(callable(exit), callable(quit))
def finish(ok):
    if not ok:
        exit(3)
    print("not reached")
try:
    finish(False)
finally:
    print("finally runs before the exit")
