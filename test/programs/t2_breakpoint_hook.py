# breakpoint() calls sys.breakpointhook(*args, **kws), which reads $PYTHONBREAKPOINT at
# each call ('0': nothing; 'module.function': that function)
import os
import sys

calls = []
def hook(*args, **kws):
    calls.append((args, kws))
    return "hook result"

sys.breakpointhook = hook
print(breakpoint(1, 2, key="v"), calls)
sys.breakpointhook = sys.__breakpointhook__
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint(), breakpoint(1, x=2))
os.environ["PYTHONBREAKPOINT"] = "builtins.print"
breakpoint("printed", "by", "the", "hook", sep="-")
os.environ["PYTHONBREAKPOINT"] = "0"
print(callable(sys.breakpointhook), sys.breakpointhook is sys.__breakpointhook__)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
