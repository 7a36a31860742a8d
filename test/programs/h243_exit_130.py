# sys.exit(130) exits normally with status 130: only an uncaught KeyboardInterrupt ends
# the process by SIGINT (CPython's exit_sigint)
import sys
print("exiting with 130")
sys.exit(130)
