# errors: IndexError: string index out of range on a unicode string
s = 'héllo😀'
print(len(s), s[5], s[-6])
print(s[6])
