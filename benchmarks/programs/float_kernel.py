# A float-heavy numeric kernel: Newton iterations and a Leibniz series.
def sqrt(x):
    guess = x / 2.0
    k = 0
    while k < 20:
        guess = (guess + x / guess) / 2.0
        k += 1
    return guess

acc = 0.0
n = 1
while n < 100000:
    acc = acc + sqrt(n * 1.0)
    n += 1
print(acc)

pi = 0.0
sign = 1.0
k = 0
while k < 3000000:
    pi = pi + sign / (2 * k + 1)
    sign = -sign
    k += 1
print(4 * pi)
