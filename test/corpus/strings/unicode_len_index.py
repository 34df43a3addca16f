# strings: unicode strings (accents, CJK, emoji) - len, indexing, negative indices, slicing
s = 'héllo 中文 😀!'
print(s, len(s))
print(s[0], s[1], s[-1], s[-2], s[6], s[7])
print(s[1:5], s[6:8], s[-3:], s[:-3], s[::2], s[::-1])
for word in ['é', 'e\u0301', '中文', '😀', '👍🏽', '']:
    print(repr(word), len(word), [ord(c) for c in word])
print('café'.upper(), 'ÉCOLE'.lower(), 'straße'.upper(), 'ǅ'.lower())
print(chr(20013) + chr(25991), chr(0x1F600), ord('€'), hex(ord('😀')))
print('中' in s, '文😀' in s, s.find('😀'), s.index('!'))
print('ab' < 'aé' < 'a中' < 'a😀', max('héllo'), min('中文abc'))
print(len(s.encode('utf-8')), len('é'.encode('utf-8')), len('😀'.encode('utf-8')))
