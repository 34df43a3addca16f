# pyr stops with NotImplementedError when it meets what it cannot do yet.
print('before')
print(sum([5], start=10))
