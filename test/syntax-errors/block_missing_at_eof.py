def main():
    for i in range(3):

    # TODO: write the loop body
