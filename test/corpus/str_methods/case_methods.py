# str_methods: upper/lower/title/capitalize/swapcase/casefold on ASCII and non-ASCII text
samples = ['hello world', 'HELLO', "it's a dog's life", 'ÉCOLE élève', 'straße', 'mIxEd CaSe 123', '', 'ǆemal']
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print('hello'.title() == 'Hello', 'x1y2z'.title(), 'o\'neil mc-donald'.title())
print('Straße'.casefold() == 'STRASSE'.casefold(), 'Straße'.lower() == 'strasse')
print('ﬁ'.upper(), len('ﬁ'.upper()), 'İ'.lower(), len('İ'.lower()))
