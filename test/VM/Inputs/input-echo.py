# Input of input.test.
x = input('n? ')
print(x, len(x))
y = input()
print(repr(y))
z = input(5)
print(repr(z), len(z))
w = input('more: ')
