# errors: TypeError: 'str' object does not support item assignment
s = 'hello'
print(s.replace('h', 'j'))
s[0] = 'j'
