# strings: str.join with various iterables, building tables, list of strings to string
words = ['the', 'quick', 'brown', 'fox']
print(' '.join(words), ','.join(words), ''.join(words), '-'.join([]))
print(', '.join([str(n) for n in range(5)]), '|'.join('abc'))
print('\n'.join(['line1', 'line2', 'line3']))
rows = [['name', 'qty'], ['apple', '3'], ['kiwi', '12']]
for r in rows:
    print(' | '.join([cell.ljust(6) for cell in r]))
lines = []
for i in range(1, 4):
    lines.append('*' * i)
print('\n'.join(lines))
csv = 'a,b,,d,'
fields = csv.split(',')
print(fields, len(fields), '+'.join(fields))
print(''.join([w[::-1] for w in words]), ' '.join(sorted(words, key=len)))
