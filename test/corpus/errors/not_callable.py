# errors: TypeError: 'int' object is not callable after shadowing a builtin
print(len('abc'))
len = 5
print(len)
print(len('abc'))
