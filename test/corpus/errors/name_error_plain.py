# errors: NameError: name 'undefined_thing' is not defined at module level
x = 1
print(x)
print(undefined_thing)
