# str_methods: find/rfind/index/rindex/count with start/end, replace with count, in operator
s = 'abracadabra'
print(s.find('a'), s.find('a', 1), s.find('a', 1, 3), s.find('z'), s.rfind('a'), s.rfind('abra'))
print(s.index('c'), s.rindex('a'), s.count('a'), s.count('abra'), s.count(''), s.count('a', 5))
print(s.find(''), s.find('', 20), s.rfind(''), 'aaaa'.count('aa'))
print(s.replace('a', 'A'), s.replace('a', 'A', 2), s.replace('abra', ''), s.replace('', '-'))
print(s.replace('x', 'y'), 'aaa'.replace('a', 'aa'), '中文中文'.replace('中', 'zh'))
print(s.startswith('abr'), s.startswith(('x', 'ab')), s.endswith('bra'), s.endswith('ra', 0, 4))
print(s.startswith('cad', 4), 'x'.startswith(''), ''.endswith(''))
text = 'one fish two fish red fish blue fish'
pos = []
i = text.find('fish')
while i != -1:
    pos.append(i)
    i = text.find('fish', i + 1)
print(pos, text.count('fish'), text.replace('fish', 'cat', 3))
