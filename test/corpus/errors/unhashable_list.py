# errors: TypeError: unhashable type: 'list' when using a list as a dict key
d = {}
d[(1, 2)] = 'ok'
print(d)
d[[1, 2]] = 'bad'
