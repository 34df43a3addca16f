# slicing: sliding windows over strings, prefix/suffix checks with slices, palindromic substrings
s = 'abracadabra'
print([s[i:i + 3] for i in range(len(s) - 2)])
print([s[:i] for i in range(0, len(s) + 1, 4)], [s[-i:] for i in range(1, 4)])
best = ''
for i in range(len(s)):
    for j in range(i + 1, len(s) + 1):
        sub = s[i:j]
        if sub == sub[::-1] and len(sub) > len(best):
            best = sub
print(best)
count = 0
for i in range(len(s)):
    if s[i:i + 4] == 'abra':
        count += 1
print(count, s[:4] == s[-4:], s[1:-1], s[-1:0:-1])
text = '中文字符串😀😁'
print([text[i:i + 2] for i in range(0, len(text), 2)], text[-2:][::-1])
