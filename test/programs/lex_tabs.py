# Indentation made of tabs, of mixed tab/space blocks in different suites, and
# lines continued with backslashes and brackets.
def classify(n):
	if n < 0:
		return 'negative'
	elif n == 0:
		return 'zero'
	for d in (2, 3, 5):
		if n % d == 0:
			return 'divisible by %d' % d
	return 'other'


def spaces_here(x):
    # this function uses spaces only
    total = 0
    for i in range(x):
        total += i
    return total


for value in [-4, 0, 9, 25, 49]:
	print(value, classify(value))
print(spaces_here(10))

total = 1 + \
	2 + \
        3
print(total)
numbers = [
1, 2,
		3,
            4,
]
print(numbers)
mapping = {'a': 1,
  'b': 2}
print(mapping)
if total > 5 and \
   len(numbers) == 4:
	print('continued condition')
   
	
# comment only line
	# indented comment
if True:

	# comment inside block

	print('blank and comment lines are ignored')
class Box:
	def __init__(self, v):
		self.v = v
	def get(self):
		return self.v
print(Box(7).get())
x = (1 +  # comment inside brackets
     2)
print(x)
def f(a,
      b=2): return a + b
print(f(1), f(1,
	b=5))
if x: print('one-line suite'); print('two statements')
while False: pass
else: print('while-else on one line')
