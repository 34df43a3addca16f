# errors: ValueError: 'z' is not in list from list.index
letters = list('abc')
print(letters.index('c'))
print(letters.index('z'))
