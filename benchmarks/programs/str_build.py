# Building strings: formatting, joining pieces and slicing.
pieces = []
total = 0
for i in range(200000):
    s = 'item-' + str(i) + ':' + hex(i)[2:].upper()
    if i % 3 == 0:
        s = s.replace('item', 'it')
    pieces.append(s[:12])
    total += len(s)
out = ','.join(pieces)
print(len(out), total, out[:40], out[-30:].count('-'))
