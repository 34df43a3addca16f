# str_methods: split with/without sep and maxsplit, rsplit, splitlines, consecutive separators
s = '  the  quick brown\tfox\njumps  '
print(s.split())
print(s.split(' '))
print(s.split(None, 2), s.rsplit(None, 2))
print('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 1), 'a,b,,c,'.rsplit(',', 2))
print(''.split(), ''.split(','), '   '.split(), ','.split(','))
print('a::b::c'.split('::'), 'aXbXc'.split('X', 0), 'abc'.split('abc'))
print('line1\nline2\r\nline3\rline4\n'.splitlines())
print('line1\nline2\n'.splitlines(True), ''.splitlines(), 'x'.splitlines())
print('中,文,😀'.split(','), 'k=v=w'.partition('='), 'k=v=w'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
record = 'name: Ada ; age: 36 ; lang: Python'
fields = {}
for part in record.split(';'):
    key, _, value = part.partition(':')
    fields[key.strip()] = value.strip()
print(fields)
