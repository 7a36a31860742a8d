# gilvm-nogil:
# An uncaught TypeError from ordering complex numbers: traceback and exit 1.
values = [complex(3, 1), complex(1, 2), complex(2, 0)]
print(sorted(values, key=abs))
print(max(values, key=lambda z: z.imag))
print(sorted(values))
