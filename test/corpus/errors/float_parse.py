# errors: ValueError: could not convert string to float: '1.2.3'
print(float('1.5'), float(' 2e3 '))
print(float('1.2.3'))
