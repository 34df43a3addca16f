# errors: ValueError: Unknown format code 'd' for object of type 'float'
print(f'{3:d} {2.5:.1f}')
print(f'{2.5:d}')
