# del __debug__: CPython's 'cannot delete __debug__' (an assignment says 'cannot assign to')
del __debug__
