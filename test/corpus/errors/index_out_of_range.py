# errors: IndexError: list index out of range after printing valid accesses
items = [10, 20, 30]
print(items[0], items[-1], items[-3])
for i in range(len(items)):
    print(i, items[i])
print(items[3])
