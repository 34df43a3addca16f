# errors: ValueError: base is not invertible for the given modulus (pow with negative exponent)
print(pow(3, -1, 7), pow(5, -2, 12))
print(pow(2, -1, 4))
