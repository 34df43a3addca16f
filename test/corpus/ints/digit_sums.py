# ints: digit manipulation in real-code style - digit sums, reversal, palindromes, armstrong numbers
def digit_sum(n):
    s = 0
    n = abs(n)
    while n:
        s += n % 10
        n //= 10
    return s
def reverse_digits(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r
print([digit_sum(x) for x in [0, 9, 10, 12345, -987, 99999]])
print([reverse_digits(x) for x in [0, 1, 120, 12345, 1000001]])
pals = [n for n in range(100, 200) if n == reverse_digits(n)]
print(pals)
arm = []
for n in range(1, 1000):
    k = len(str(n))
    if sum([int(d) ** k for d in str(n)]) == n:
        arm.append(n)
print(arm)
print(digit_sum(2 ** 30), reverse_digits(2 ** 30))
