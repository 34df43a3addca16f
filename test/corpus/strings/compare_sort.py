# strings: lexicographic comparison by code point, sorting strings, case-insensitive sort with key
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'éclair', '中', 'zebra', '']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words), max(words), min(words, key=len), max(words, key=len))
print('a' < 'B', 'a'.lower() < 'B'.lower(), 'abc' == 'abc', 'abc' != None)
pairs = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(sorted('Hello World'), sorted(set('mississippi')))
