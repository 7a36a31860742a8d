# gilvm-nogil:
# an uncaught subclass of KeyboardInterrupt is reported like any exception and exits
# with status 1: CPython's run_eval_code_obj sets the 130 exit only for KeyboardInterrupt
# itself (an exact type comparison)
class Cancelled(KeyboardInterrupt):
    def __init__(self, why):
        super().__init__(why)
        self.why = why
try:
    raise Cancelled("caught")
except KeyboardInterrupt as e:
    print(type(e).__name__, e.why, isinstance(e, BaseException), isinstance(e, Exception))
raise Cancelled("user cancelled")
