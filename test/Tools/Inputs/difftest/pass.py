# difftest.py corpus: pyr-run and CPython agree.
print(6 * 7)
