# errors: ValueError: invalid literal for int() with base 10: 'abc'
for s in ['12', ' 7 ', '-3']:
    print(int(s) * 2)
print(int('abc'))
