# errors: ValueError: Exceeds the limit (4300 digits) for integer string conversion
n = 10 ** 4299
print(len(str(n)))
n *= 10
print(len(str(n)))
