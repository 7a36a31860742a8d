# legacy print trailing comma
print 'a',
