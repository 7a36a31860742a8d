# legacy print string
print "hi"
