# errors: TypeError: '<' not supported between instances of 'str' and 'int' during sort
print(sorted([3, 1, 2]))
print(sorted(['b', 'a']))
print(sorted([1, 'a', 2]))
