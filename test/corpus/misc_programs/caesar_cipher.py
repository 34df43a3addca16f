# misc_programs: Caesar/Vigenere ciphers on mixed text, decoding by frequency analysis
def shift_char(c, k):
    if 'a' <= c <= 'z':
        return chr((ord(c) - 97 + k) % 26 + 97)
    if 'A' <= c <= 'Z':
        return chr((ord(c) - 65 + k) % 26 + 65)
    return c
def caesar(text, k):
    return ''.join([shift_char(c, k) for c in text])
def vigenere(text, key, sign=1):
    out = []
    i = 0
    for c in text:
        if c.isalpha() and c.isascii():
            out.append(shift_char(c, sign * (ord(key[i % len(key)]) - 97)))
            i += 1
        else:
            out.append(c)
    return ''.join(out)
msg = 'Meet me at the old Bridge at seven, née Zoë!'
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg)
v = vigenere(msg, 'lemon')
print(v, vigenere(v, 'lemon', -1))
counts = {}
for c in enc.lower():
    if c.isalpha() and c.isascii():
        counts[c] = counts.get(c, 0) + 1
top = max(sorted(counts), key=counts.get)
guess = (ord(top) - ord('e')) % 26
print(top, guess, caesar(enc, -guess))
