# A TypeError raised by the work of str.join over a generator (an item that is not a str),
# while another exception is handled: the context is chained, no frame of the built-in.
def words():
    yield 'a'
    yield 2


try:
    {}['missing']
except KeyError:
    print('-'.join(w for w in words()))
