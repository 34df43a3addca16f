# errors: ValueError: pow() 3rd argument cannot be 0
print(pow(3, 2, 5), pow(3, 2, -5))
print(pow(3, 2, 0))
