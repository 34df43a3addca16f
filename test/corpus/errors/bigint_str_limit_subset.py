# errors: ValueError: Exceeds the limit (4300 digits) for integer string conversion, reached with while loops only
n = 1
digits = 0
while digits < 4300:
    n *= 10 ** 100
    digits += 100
print(len(str(n // 10)))
print(str(n))
