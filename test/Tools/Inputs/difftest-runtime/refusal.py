# pyr stops with NotImplementedError when it meets what it cannot do yet.
print('before')
print(int('5', base=10))
