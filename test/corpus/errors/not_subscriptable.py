# errors: TypeError: 'NoneType' object is not subscriptable from a function that forgot to return
def first(items):
    if items:
        items[0]
print(first([]))
print(first([1])[0])
