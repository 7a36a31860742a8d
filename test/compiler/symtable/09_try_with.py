def f(path):
    try:
        with open(path) as fh, open(path) as (g1, g2):
            data = fh.read()
    except (OSError, ValueError) as err:
        print(err)
        raise RuntimeError() from err
    except Exception:
        raise
    else:
        pass
    finally:
        done = True
    assert data, "msg"
    return data
