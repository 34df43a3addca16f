# strings: iterating over characters, ord/chr arithmetic, building strings character by character
text = 'Hello, World! 123'
upper = lower = digits = other = 0
for ch in text:
    if 'A' <= ch <= 'Z':
        upper += 1
    elif 'a' <= ch <= 'z':
        lower += 1
    elif '0' <= ch <= '9':
        digits += 1
    else:
        other += 1
print(upper, lower, digits, other)
shifted = ''
for ch in 'abcxyz':
    shifted += chr((ord(ch) - ord('a') + 3) % 26 + ord('a'))
print(shifted)
print([c for c in 'héllo'], list('中文'), list(''))
for i, ch in enumerate('😀ab'):
    print(i, ch, ord(ch))
print(''.join(reversed('stressed')), ''.join(sorted('banana')))
print(''.join([chr(c) for c in range(ord('a'), ord('a') + 26, 5)]))
