# errors: AttributeError on a list method typo, with CPython's suggestion
items = [3, 1, 2]
items.append(4)
items.sort()
print(items)
items.apend(5)
