# misc_programs: run-length encoding and decoding of strings incl. unicode and digits, round trip checks
def rle_encode(s):
    if not s:
        return []
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append((prev, count))
            prev, count = ch, 1
    out.append((prev, count))
    return out
def to_text(runs):
    return ''.join([f'{n}{c}' if n > 1 else c for c, n in runs])
def rle_decode(runs):
    return ''.join([c * n for c, n in runs])
for s in ['aaabccdddd', '', 'abc', 'zzzzzzzzzzzz', 'ééé中中😀', 'aabbaa']:
    runs = rle_encode(s)
    print(repr(s), runs, to_text(runs), rle_decode(runs) == s)
def look_and_say(s):
    return ''.join([f'{n}{c}' for c, n in rle_encode(s)])
term = '1'
for _ in range(8):
    print(term)
    term = look_and_say(term)
