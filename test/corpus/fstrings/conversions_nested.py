# fstrings: !r/!s/!a conversions on containers and unicode, nested f-strings, multi-line f-strings
vals = ['é', '中', '😀', 'a\nb', "q'uote"]
for v in vals:
    print(f'{v} {v!r} {v!a} {len(v)}')
data = {'k': [1, 'two', 3.0]}
print(f'{data!r} {data["k"]!s} {data["k"][1]!r}')
inner = 'inner'
print(f'{f"{inner}-{inner.upper()}"}', f'{f"{1 + 1}" * 3}')
msg = (
    f'line one {1} '
    f'line two {2} '
    'plain three'
)
print(msg)
multi = f'''a={1}
b={[2, 3]}'''
print(multi)
width = 6
print('\n'.join([f'{w:>{width}}|' for w in ['a', 'bb', 'ccc']]))
