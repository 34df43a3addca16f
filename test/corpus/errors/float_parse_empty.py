# errors: ValueError: could not convert string to float: ''
print(float('1'), float(' -2.5 '))
print(float(''))
