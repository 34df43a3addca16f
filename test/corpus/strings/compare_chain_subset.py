# strings: code-point ordering of mixed-script strings, equality vs identity-free checks, chained string comparisons
a = 'apple'
b = 'Apple'
c = 'äpple'
d = 'apple' + ''
print(a == d, a != b, b < a < c, a < 'apples' < 'applet', '' < ' ' < '!' < '0' < 'A' < 'a' < '~')
print('\x00' < '\x01', 'z' < '\x80', '\uffff' < '\U00010000', '😀' > '中' > 'é' > 'z')
print(max(a, b, c), min(a, b, c), max('ab', 'abc', 'a'), min('b', 'ab', 'abc'))
print('a' * 3 < 'a' * 4, 'b' > 'a' * 100, 'abc' >= 'abc', 'abc' <= 'abd', 'abd' >= 'abcz')
print(len(a + b + c), len(c), ord(min(c)), ord(max('héllo wörld')))
def longer(x, y):
    if len(x) >= len(y):
        return x
    return y
print(longer('中文', 'ab'), longer('a', 'bc'), longer('', ''))
