x = b'ab\x00\xff'
y = b''
z = b'ab\x00\xff'
print(x, y, z, b'\n' + Rb'\n', x is z)
