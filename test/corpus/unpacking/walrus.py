# unpacking: assignment expressions (walrus) in while loops, comprehensions and if conditions
data = [4, 7, 1, 9, 3]
if (n := len(data)) > 3:
    print('long list', n)
i = 0
while (item := data[i]) != 9:
    print('item', item)
    i += 1
print('stopped at', item, i)
print([y for x in data if (y := x * 2) > 8], y)
values = [(v, sq) for v in range(6) if (sq := v * v) % 2 == 0]
print(values)
text = 'a1b22c333'
digits = ''
pos = 0
while pos < len(text) and (ch := text[pos]):
    if ch.isdigit():
        digits += ch
    pos += 1
print(digits, ch)
print((total := 10) + total, total)
