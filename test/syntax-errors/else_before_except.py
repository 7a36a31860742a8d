# else before except
try:
    pass
else:
    pass
except:
    pass
