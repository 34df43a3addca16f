# str_methods: isdigit/isalpha/isalnum/isspace/isupper/islower/istitle/isdecimal/isnumeric/isidentifier/isprintable
samples = ['abc', 'ABC', 'Abc', 'abc123', '123', '12.5', '', ' \t\n', '½', '²', '٣', 'é', '中文', 'Hello World', 'snake_case', '2fast', 'a\x00b']
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isprintable(), s.isascii())
def classify(token):
    if token.isdigit():
        return 'number'
    if token.isidentifier():
        return 'name'
    if token.isspace():
        return 'space'
    return 'other'
print([classify(t) for t in ['x1', '42', ' ', '+', '_private', '3d']])
