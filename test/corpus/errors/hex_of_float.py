# errors: TypeError: 'float' object cannot be interpreted as an integer
print(hex(255), oct(8), bin(3))
print(hex(2.5))
