# errors: OverflowError: int too large to convert to float
n = 10 ** 300
print(float(n))
print(float(n * n))
