# errors: TypeError: can only concatenate str (not "int") to str
count = 3
print('count: ' + str(count))
print('count: ' + count)
