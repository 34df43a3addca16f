# bigints: factorials, powers and digit sums past 64 bits using only while loops, ints and str()
def fact(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r
def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s
print(fact(20), fact(21), fact(25))
print(fact(100))
print(len(str(fact(100))), digit_sum(fact(100)), digit_sum(2 ** 1000))
k = 60
while k <= 68:
    print(k, 2 ** k, -(2 ** k), 2 ** k - 1, (2 ** k) // 3, -(2 ** k) // 3, -(2 ** k) % 3)
    k += 2
n = fact(30)
z = 0
while n % 10 == 0:
    n //= 10
    z += 1
print(z, n % 1000)
print(9223372036854775807 + 1, -9223372036854775807 - 2, 3037000500 * 3037000500, abs(-9223372036854775807 - 1))
print(int('9' * 30) + 1, int('-' + '1' * 25, 2), hex(2 ** 100), bin(2 ** 65 + 1), oct(-(8 ** 30)))
