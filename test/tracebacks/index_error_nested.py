# gilvm-test: also -c
def get(xs, i):
    return xs[i] * 2

def main():
    data = [[1, 2], [3]]
    return get(data[1], 1)

main()
