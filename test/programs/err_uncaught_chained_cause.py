# an uncaught RuntimeError raised from a KeyError, re-raised by a bare raise
def load(cfg):
    return cfg['db']['host']
def start():
    try:
        load({'db': {}})
    except KeyError as e:
        raise RuntimeError('config broken') from e
try:
    start()
except RuntimeError:
    raise
