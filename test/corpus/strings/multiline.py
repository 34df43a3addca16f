# strings: triple-quoted strings, line continuation, splitlines, indentation handling
poem = """Roses are red,
  Violets are blue,
Sugar is sweet
"""
print(poem)
print(repr(poem))
lines = poem.splitlines()
print(len(lines), lines)
for i, line in enumerate(lines, 1):
    print(i, len(line), line.strip())
s = ('implicit '
     'concatenation '
     "of literals")
print(s)
t = '''single 'quotes' and "double" inside'''
print(t, len(t))
print("""a
b""" == 'a\nb', '''''' == "")
