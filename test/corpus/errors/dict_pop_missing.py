# errors: KeyError from dict.pop of a missing key without default
d = {'a': 1}
print(d.pop('a'), d.pop('a', 'gone'), d)
d.pop('a')
