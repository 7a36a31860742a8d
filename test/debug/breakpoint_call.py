# breakpoint() stops `gilvm debug` right after the call, in the calling frame
def scale(x):
    y = x * 2
    breakpoint()
    return y + 1


total = 0
for i in range(3):
    total += scale(i)
print("total", total)
