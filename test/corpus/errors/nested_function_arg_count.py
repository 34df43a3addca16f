# errors: TypeError naming a nested function by its qualified name (outer.<locals>.inner() missing ...)
def make_scaler():
    def scale(value, factor):
        return value * factor
    return scale
scale = make_scaler()
print(scale(3, 4), scale(2.5, 2))
print(scale(7))
