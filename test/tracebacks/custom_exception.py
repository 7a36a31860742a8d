class AppError(Exception):
    pass
def run():
    raise AppError('code', 42)
run()
