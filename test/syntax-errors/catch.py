# catch
try:
    pass
catch Exception:
    pass
