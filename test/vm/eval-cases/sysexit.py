import sys
print("before", sys.getrecursionlimit(), sys.argv[0].endswith("sysexit.py"))
sys.exit(3)
