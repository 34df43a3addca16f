# RUN: %diff-python %s | FileCheck %s
# str concatenation, repetition, comparison and printing.
a = 'Hello'
b = "world"
print(a + ', ' + b + '!')
print('ab' * 3, 3 * 'ab', 'x' * 0, 'x' * -2, '' * 100, 'ab' * True, False * 'ab')
print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', 'Z' < 'a', '' < 'a', 'b' > 'abc')
print('a' == 'a', 'a' != 'a', 'a' == 'b', 'a' <= 'a', 'b' >= 'c')
print('quote\'s', "dq\"s", 'tab\there', 'back\\slash')
print('caf\u00e9', '\u00e9' > 'z', 'snow\u2603man', 'ab' 'cd')
print('multi\nline')
s = ''
i = 0
while i < 5:
    s = s + ('a' if i % 2 == 0 else 'b')
    i += 1
print(s, s == 'ababa', s is s)
print(('-' * 10) + '|')
empty = ''
if not empty and 'x':
    print('truthiness ok')
print('a' + 'b' * 2 + 'c')

# CHECK: Hello, world!
# CHECK-NEXT: ababab ababab    ab 
# CHECK-NEXT: True True True True True True
# CHECK-NEXT: True False False True False
# CHECK-NEXT: quote's dq"s tab	here back\slash
# CHECK-NEXT: café True snow☃man abcd
# CHECK-NEXT: multi
# CHECK-NEXT: line
# CHECK-NEXT: ababa True True
# CHECK-NEXT: ----------|
# CHECK-NEXT: truthiness ok
# CHECK-NEXT: abbc
