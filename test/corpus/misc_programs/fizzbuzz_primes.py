# misc_programs: FizzBuzz and prime listing with while loops, building output lines by string concatenation
i = 1
line = ''
while i <= 30:
    if i % 15 == 0:
        word = 'FizzBuzz'
    elif i % 3 == 0:
        word = 'Fizz'
    elif i % 5 == 0:
        word = 'Buzz'
    else:
        word = str(i)
    line = line + word + ' '
    if i % 10 == 0:
        print(line)
        line = ''
    i += 1
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True
count = 0
n = 0
out = ''
while n < 120:
    if is_prime(n):
        count += 1
        out = out + str(n) + ','
    n += 1
print(count, out)
print(is_prime(2147483647), is_prime(1000000007), is_prime(1000000007 * 3))
