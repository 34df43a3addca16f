def half(x):
    return x / 2.5

k = 'pyr'
while k:
    print(k, half(5), 4294967296)
    k = ''
