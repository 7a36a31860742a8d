x = 1
def __getattr__(name):
    if name == "dyn":
        return "dynamic"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
