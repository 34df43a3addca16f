# errors: OverflowError: Python int too large to convert to C int (chr of a value beyond 32 bits)
print(chr(0x10FFFF) == '\U0010ffff', chr(65))
n = 2 ** 31 - 1
print(n)
print(chr(n + 1))
