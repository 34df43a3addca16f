# errors: ValueError: int() base must be >= 2 and <= 36, or 0
print(int('z', 36), int('10', 2), int('0x10', 0))
print(int('10', 37))
