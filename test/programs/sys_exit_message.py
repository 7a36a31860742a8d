# sys.exit("msg"): the message goes to stderr and the exit status is 1.
import sys


def main(args):
    if len(args) < 5:
        sys.exit("usage: tool FILE")
    print("not reached")


print("checking arguments")
main(sys.argv)
