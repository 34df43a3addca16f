# fstrings: the = specifier ({x=}, {x = }, {expr=}, {x=!s}, {x=:.2f}) with various values
x = 10
y = 2.5
name = 'Bob'
items = [1, 2, 3]
print(f'{x=}', f'{y=}', f'{name=}', f'{items=}')
print(f'{x = }', f'{x * y=}', f'{len(items)=}', f'{name.lower()=}')
print(f'{y=:.3f}', f'{name=!s}', f'{name=:>6}', f'{x=:#06x}')
total = 0
for i in range(1, 4):
    total += i * i
    print(f'{i=} {total=}')
print(f'{None=} {True=} {"lit"=}')
