# errors: RuntimeError: dictionary changed size during iteration
d = {1: 'a', 2: 'b'}
for k in d:
    print(k)
    d[k + 10] = 'x'
