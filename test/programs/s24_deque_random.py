# deque against a list model under random operations at both ends (deque-native.ts moves
# half of one list to the other when an end runs dry): every state is compared.
import random
from collections import deque

random.seed(24)
mismatches = 0
checks = 0
for trial in range(30):
    maxlen = random.choice([None, None, 1, 5, 50])
    d = deque(maxlen=maxlen)
    model = []
    for step in range(400):
        op = random.randrange(10)
        x = random.randrange(1000)
        if op < 2:
            d.append(x)
            model.append(x)
            if maxlen is not None and len(model) > maxlen:
                del model[0]
        elif op < 4:
            d.appendleft(x)
            model.insert(0, x)
            if maxlen is not None and len(model) > maxlen:
                model.pop()
        elif op < 6:
            a = d.pop() if d else None
            b = model.pop() if model else None
            mismatches += a != b
        elif op < 8:
            a = d.popleft() if d else None
            b = model.pop(0) if model else None
            mismatches += a != b
        elif op == 8 and model:
            i = random.randrange(-len(model), len(model))
            mismatches += d[i] != model[i]
            d[i] = x
            model[i] = x
        else:
            k = random.randrange(-3, 4)
            d.rotate(k)
            if model:
                k %= len(model)
                model[:] = model[-k:] + model[:-k] if k else model
        checks += 1
        if list(d) != model or len(d) != len(model):
            mismatches += 1
print(checks, "checks,", mismatches, "mismatches")
big = deque(range(100000))
total = 0
while big:
    total += big.popleft()
    if big:
        total -= big.pop()
print(total)
