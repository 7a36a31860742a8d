# gilvm-test: also -c
import sys
sys.exit('fatal: bad input')
