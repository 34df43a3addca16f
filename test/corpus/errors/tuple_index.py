# errors: IndexError: tuple index out of range with a negative index
t = (1, 2)
print(t[-2], t[1])
print(t[-3])
