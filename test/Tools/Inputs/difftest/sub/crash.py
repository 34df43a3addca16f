# difftest.py corpus: the fake pyr-run kills itself.
# FAKE: crash
print("fine")
