# sys.exit with an int too big for a C long exits with status 255, silently
import sys
print('exiting')
sys.exit(10 ** 30)
