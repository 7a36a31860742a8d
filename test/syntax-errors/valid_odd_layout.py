# valid
# Odd but legal layout: semicolons, one-line suites, backslashes, deep brackets.
x = 1; y = 2; z = 3;
if x: print('one-line if')
for i in range(2): print(i); print(-i)
total = x + \
    y + \
        z
print(total)
nested = [[
  1, 2],
      [3,
4]]
print(nested)
class C: pass
def f(): return 'f'
print(f(), C.__name__)
while False: pass
else: print('else')
