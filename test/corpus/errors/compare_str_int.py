# errors: TypeError: '>' not supported between instances of 'int' and 'str'
print(1 < 2, 'a' < 'b', 1 == 'a', 1 != 'a')
print(3 > 'x')
