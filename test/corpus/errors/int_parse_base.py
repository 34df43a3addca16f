# errors: ValueError: invalid literal for int() with base 16: 'xyz'
print(int('ff', 16), int('10', 2))
print(int('xyz', 16))
