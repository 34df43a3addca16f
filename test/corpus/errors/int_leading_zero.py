# errors: ValueError: invalid literal for int() with base 0: '07' (leading zeros need a prefix)
print(int('0', 0), int('00', 0), int('7', 0), int('0o7', 0))
print(int('07', 0))
