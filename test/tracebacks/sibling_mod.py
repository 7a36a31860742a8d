def explode(x):
    return x['missing']
