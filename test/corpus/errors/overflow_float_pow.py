# errors: OverflowError: (34, 'Numerical result out of range') from float ** huge
x = 10.0
print(x ** 10, x ** 300)
print(x ** 400)
