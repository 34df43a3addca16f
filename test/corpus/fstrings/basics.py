# fstrings: simple substitution, expressions, method calls, indexing and nested quotes inside f-strings
name = 'Ada'
age = 36
items = ['x', 'y', 'z']
d = {'key': 'value', 'n': 3}
print(f'{name} is {age}', f'{age + 1}', f'{name.upper()}', f'{len(items)} items')
print(f'{items[0]}{items[-1]}', f"{d['key']}", f'{d["n"] * 2}', f'{items}')
print(f'{{braces}}', f'{{{age}}}', f'', f'plain', f'{"nested str"}')
print(f'{age > 30}', f'{None}', f'{3.0}', f'{1/3}', f'{2 ** 70}')
print(f'{"yes" if age > 18 else "no"}', f'{[n * 2 for n in range(3)]}', f'{(lambda v: v * 3)(2)}')
for i in range(3):
    print(f'row {i}: {"#" * i}{"." * (3 - i)}')
greeting = f'Hello, {name}!' + f' You are {age}.'
print(greeting, len(greeting))
print(f'{name!r} {name!s} {name!a} {"é"!a} {"é"!r}')
