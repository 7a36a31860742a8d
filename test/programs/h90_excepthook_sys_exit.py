# sys.exit() inside sys.excepthook ends the process with its code, as CPython's handle_system_exit
import sys
def hook(t, v, tb):
    print("hook", v); sys.exit(8)
sys.excepthook = hook
raise ValueError("x")
