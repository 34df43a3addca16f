# errors: TypeError: 'int' object is not iterable in a for loop
for ch in 'ab':
    print(ch)
for n in 5:
    print(n)
