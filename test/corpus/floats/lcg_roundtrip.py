# floats: pseudo-random floats from an integer LCG - repr/float() round trip, str of derived values, // and %
seed = 12345
n = 0
acc = 0
while n < 3000:
    seed = (seed * 1103515245 + 12345) % 2147483648
    e = seed % 600 - 300
    m = seed / 2147483648 + 0.5
    x = m * 10.0 ** e if e > -300 else m * 1e-300 * 10.0 ** (e + 300)
    y = float(repr(x))
    if y != x:
        print('roundtrip fail', repr(x))
    s = str(x * 3 - 1)
    acc = (acc * 31 + len(s) + ord(max(s))) % 1000000007
    if n % 300 == 0:
        print(repr(x), str(-x / 7), x // 3.0, x % 2.5, repr(float(str(seed) + 'e-' + str(seed % 330))))
    n += 1
print(acc)
