# errors: ValueError: min() arg is an empty sequence (empty string)
print(min('hello'), max('hello'))
print(min(''))
