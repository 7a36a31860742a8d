# if/elif/else chains and while loops with else, break and continue.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"


print([grade(s) for s in (95, 85, 75, 10)])
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while finished normally at", n)

n = 0
while True:
    n += 1
    if n > 3:
        print("breaking at", n)
        break
else:
    print("not printed")


def find_factor(number):
    candidate = 2
    while candidate * candidate <= number:
        if number % candidate == 0:
            print(number, "has factor", candidate)
            break
        candidate += 1
    else:
        print(number, "is prime")


for num in (49, 97, 221, 2):
    find_factor(num)

count = 3
while count:
    count -= 1
else:
    print("empty-ish while else runs", count)
while False:
    print("never")
else:
    print("while False: else still runs")

i = 0
outer_done = False
while not outer_done:
    j = 0
    while j < 3:
        if i * j == 2:
            outer_done = True
            break
        j += 1
    i += 1
print("stopped at", i, j)

x = 7
if x % 2:
    if x > 5:
        print("odd and big")
    else:
        print("odd and small")
if not x:
    pass
elif x == 7:
    print("exactly seven")
collatz = 27
steps = 0
while collatz != 1:
    collatz = collatz // 2 if collatz % 2 == 0 else 3 * collatz + 1
    steps += 1
print("collatz steps", steps)
