# slicing: string slicing with unicode (accents, CJK, emoji), reversal, step, and out-of-range bounds
s = 'Pythön 中文 😀👍 end'
print(len(s), s[:6], s[7:9], s[10:12], s[-3:], s[::-1])
print(s[::2], s[1::2], s[-1], s[-5:-2], s[100:], s[-100:2])
for i in range(0, len(s), 4):
    print(repr(s[i:i + 4]), len(s[i:i + 4]))
word = 'racecar'
print(word == word[::-1], 'palindrome'[::-1], 'abc'[::-1][::-1])
print('abcdef'[slice(1, None, 2)], 'abcdef'[5:1:-2], 'x'[0:0], ''[5:], 'é'[0:1] == 'é')
path = '/home/user/docs/report.final.txt'
print(path[path.rfind('/') + 1:], path[:path.rfind('/')], path[path.rfind('.') + 1:])
