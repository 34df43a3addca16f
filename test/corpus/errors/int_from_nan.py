# errors: ValueError: cannot convert float NaN to integer
print(int(2.5), int(-1e18))
print(int(float('nan')))
