# Ctrl-C in a program whose first slice reaches time.sleep (test/vm/threads.test.ts): nothing
# runs before the sleep that would end the first slice, which runs before the CLI's
# interruptible loop starts; the sleep must still be one a Ctrl-C ends (it was waited out).
import time
time.sleep(30)
print("slept")
