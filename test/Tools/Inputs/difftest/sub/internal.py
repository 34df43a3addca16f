# difftest.py corpus: the fake pyr-run reports an internal error.
# FAKE: internal-error
print("fine")
