# errors: TypeError: object of type 'int' has no len()
print(len('abc'), len(''))
print(len(12345))
