# errors: NameError with a "Did you mean" suggestion for a misspelled local
def count_words(text):
    count = 0
    for w in text.split():
        count += 1
    print(count)
    return coutn
count_words('a b c')
