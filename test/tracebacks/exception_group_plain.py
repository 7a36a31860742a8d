# An uncaught ExceptionGroup: the "Exception Group Traceback" box with its one member.
raise ExceptionGroup("g", [ValueError(1)])
