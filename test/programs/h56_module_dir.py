# dir() of a built-in module lists the attributes it makes on first use too
import sys
import time
for name in ['version_info', 'stdin', 'flags', 'float_info', 'maxunicode', 'hexversion', 'intern', 'argv', 'modules']:
    print('sys', name, name in dir(sys), hasattr(sys, name))
for name in ['localtime', 'gmtime', 'strftime', 'ctime', 'struct_time', 'timezone', 'tzname', 'sleep', 'perf_counter']:
    print('time', name, name in dir(time), hasattr(time, name))
print(dir(sys) == sorted(dir(sys)), dir(time) == sorted(dir(time)), len(set(dir(sys))) == len(dir(sys)))
