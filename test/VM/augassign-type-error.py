# RUN: %diff-python %s | FileCheck %s
# XFAIL: *
# Known bug: CPython names the in-place operator ("+=") in the TypeError of
# an augmented assignment; pyr compiles "x += y" to the plain Add opcode and
# says "+". Remove the XFAIL line once the VM knows about in-place operators.
x = 1
x += 'a'

# CHECK: [exit 1] TypeError: unsupported operand type(s) for +=: 'int' and 'str'
