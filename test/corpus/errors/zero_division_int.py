# errors: ZeroDivisionError: division by zero from true division in a loop
for d in [4, 2, 1, 0]:
    print(100 / d)
