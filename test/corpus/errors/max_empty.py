# errors: ValueError: max() arg is an empty sequence
print(max([3, 1]), max([], default=0))
print(max([]))
