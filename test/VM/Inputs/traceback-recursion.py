def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
# Mutual recursion has no identical neighbours: nothing is collapsed.
# (Input of traceback-repeats.test; its line numbers are checked.)
ping(0)
