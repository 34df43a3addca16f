# strings: concatenation, repetition, in/not in, comparison, empty string edge cases
a = 'abc'
b = 'XYZ'
print(a + b, b + a, a * 3, 3 * b, a * 0, a * -2, '' * 10)
print('' + '', len(''), '' in 'abc', 'abc' in 'abc', 'abcd' in 'abc', 'bc' not in a)
print(a == 'abc', a != 'ABC', a < b, a.upper() == b.lower(), 'a' < 'b' < 'c')
print('abc' < 'abd', 'abc' < 'ab', '' < 'a', 'Z' < 'a', '10' < '9')
s = ''
for i in range(5):
    s += str(i) * i
print(s, len(s))
sep = '-'
print(sep * 20)
print(('ab' + 'cd') * 2 + 'e', 'x' + 'y' * 3)
parts = []
for w in ['alpha', 'beta', 'gamma']:
    parts.append(w[0].upper() + w[1:])
print(' '.join(parts))
