# difftest.py corpus: the fake pyr-run prints something else.
# FAKE: wrong-output
print("right")
