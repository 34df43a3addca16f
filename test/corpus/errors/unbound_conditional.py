# errors: UnboundLocalError when a local is only assigned on a branch that did not run
def label(n):
    if n > 0:
        text = 'positive'
    elif n < 0:
        text = 'negative'
    return text
print(label(3), label(-3))
print(label(0))
