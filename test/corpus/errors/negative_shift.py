# errors: ValueError: negative shift count
print(1 << 10, -16 >> 2)
print(1 << -1)
