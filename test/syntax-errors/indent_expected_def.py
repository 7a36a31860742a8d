# a def with no body
def empty():

print('after')
