# errors: ZeroDivisionError: float floor division by zero
print(7.5 // 2.0)
print(7.5 // 0.0)
