def f(*a, **k):
    return a, k
print(*[1], **{'sep': '-'})
print(f(*[2], x=3))
