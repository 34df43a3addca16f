# floats: comparisons between ints and floats, precision edge cases, sort with floats
print(1 == 1.0, 1 < 1.5, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2 ** 53 + 1.0)
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 < 0.30000000000000005)
print(max(1, 2.0), max(2.0, 2), min(2, 2.0), min(-0.0, 0.0), max(0.0, -0.0))
vals = [3, 1.5, -2, 2.0, 2, -2.5, 0, 0.0]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 308 < float('inf'))
print(0.0 == -0.0, 1e-323 > 0, 5e-324 / 2)
nan = float('nan')
print(nan in [nan], [nan] == [nan], nan is nan)
print(1.0 == True, 0.0 == False, 3.0 in [1, 2, 3])
