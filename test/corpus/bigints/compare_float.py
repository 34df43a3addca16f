# bigints: exact comparisons between huge ints and floats, hashing-free equality, sorting mixed
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53 + 1))
print(10 ** 400 > 1e308, 10 ** 400 < float('inf'), -(10 ** 400) > float('-inf'))
print(2 ** 1023 * 2 > 1.7976931348623157e308, 2 ** 1024 == float('inf'))
print(float(2 ** 1023), 2 ** 64 == 18446744073709551616.0)
print(sorted([2 ** 70, 1e21, -2 ** 70, 0, 1.5, 10 ** 21]))
print(max(10 ** 30, 1e30), min(10 ** 30, 1e30), 10 ** 30 == 1e30, int(1e30))
print(3 ** 100 > 5 ** 68, 3 ** 100 < 5 ** 69, 2 ** 100 != 2 ** 100 + 0)
print([n for n in [10 ** 18, 10 ** 19, 10 ** 20] if n > 9223372036854775807])
