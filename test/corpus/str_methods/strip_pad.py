# str_methods: strip/lstrip/rstrip with chars, center/ljust/rjust/zfill, removeprefix/removesuffix
s = '  \t padded \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcHELLOcba'.strip('abc'), '...'.strip('.'), 'www.site.com'.lstrip('w.'))
print(repr('hi'.center(7)), repr('hi'.center(8, '*')), repr('hi'.center(1)))
print(repr('7'.rjust(4, '0')), repr('ab'.ljust(5, '-')), repr('中'.center(5, '·')))
print('42'.zfill(6), '-42'.zfill(6), '+3.5'.zfill(7), 'abc'.zfill(2), ''.zfill(3))
print('test_file.py'.removesuffix('.py'), 'test_file.py'.removeprefix('test_'), 'abc'.removeprefix('x'))
print('a\tb\tc'.expandtabs(), 'a\tbc\tdef'.expandtabs(4), repr('\t'.expandtabs(2)))
table = [('Item', 'Price'), ('Coffee', '3.50'), ('Cake', '12.00')]
for name, price in table:
    print(name.ljust(10, '.') + price.rjust(8))
