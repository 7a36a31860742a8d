# open() of a missing file: the traceback shows no frames of gilvm's own helper modules
with open('/nonexistent/dir/file.txt') as fh:
    print(fh.read())
