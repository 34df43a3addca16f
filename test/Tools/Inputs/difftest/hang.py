# difftest.py corpus: the fake pyr-run never finishes.
# FAKE: hang
print("fine")
