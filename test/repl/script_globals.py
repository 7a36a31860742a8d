import sys
greeting = "hello from the script"
def double(x):
    return 2 * x
print("script ran with", sys.argv[1:])
