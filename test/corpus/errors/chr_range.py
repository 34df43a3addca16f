# errors: ValueError: chr() arg not in range(0x110000)
print(chr(0x10FFFF) == '\U0010ffff', ord(chr(65)))
print(chr(0x110000))
