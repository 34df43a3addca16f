# RUN: %diff-python %s | FileCheck %s
# Random nested expressions (all operators, and/or, not, unary minus and
# ~ on int, float, bool and str operands), generated with a fixed seed,
# evaluated inside a function so that operands live in registers.
def f(i):
    x = 0
    if i == 0:
        x = ((4052555153018976267) == (0.5))
    if i == 1:
        x = (4052555153018976267)
    if i == 2:
        x = (62)
    if i == 3:
        x = (~(63))
    if i == 4:
        x = (-98765432109)
    if i == 5:
        x = ((-4611686018427387904) or (-9007199254740993))
    if i == 6:
        x = (1.5e-323)
    if i == 7:
        x = (not (0.1))
    if i == 8:
        x = (3)
    if i == 9:
        x = (-1e+300)
    if i == 10:
        x = (not '')
    if i == 11:
        x = (1e-05)
    if i == 12:
        x = True
    if i == 13:
        x = (-2147483648)
    if i == 14:
        x = 'a'
    if i == 15:
        x = (False + ((1e+22) < ((-9223372036854775807 - 1) & (63))))
    if i == 16:
        x = (1.0)
    if i == 17:
        x = (65)
    if i == 18:
        x = (~((-0.5) and (False and 'b')))
    if i == 19:
        x = ((2147483648) // (-9007199254740993))
    if i == 20:
        x = (~(-(-4611686018427387904)))
    if i == 21:
        x = ((9223372036854775807) % (1e-300))
    if i == 22:
        x = ''
    if i == 23:
        x = (3.0)
    if i == 24:
        x = (((0.3) == (7)) >= ((-4611686018427387904) ^ (-9007199254740993)))
    if i == 25:
        x = (False <= (1e+16))
    if i == 26:
        x = (-(-0.5))
    if i == 27:
        x = ((4294967297) % (10))
    if i == 28:
        x = (-98765432109)
    if i == 29:
        x = (10)
    if i == 30:
        x = (((-4611686018427387904) - (1.7976931348623157e+308)) <= (not (2)))
    if i == 31:
        x = ((-3) <= (65))
    if i == 32:
        x = (((2) * (0.3)) - ((4294967296) or (4052555153018976267)))
    if i == 33:
        x = ((not False) <= ((7) <= (9007199254740992)))
    if i == 34:
        x = ((9007199254740993) / (4503599627370497.0))
    if i == 35:
        x = ((12345678901) or (-1))
    if i == 36:
        x = (((2.5) + (-2.5)) == (False and (1)))
    if i == 37:
        x = (9.223372036854776e+18)
    if i == 38:
        x = (-1)
    if i == 39:
        x = 'b'
    if i == 40:
        x = (-7.25)
    if i == 41:
        x = (-4611686018427387904)
    if i == 42:
        x = ((~False) ** ((1) // (1e308 * 10 - 1e308 * 10)))
    if i == 43:
        x = (+((1.7976931348623157e+308) != (-9223372036854775807 - 1)))
    if i == 44:
        x = (not (9007199254740992))
    if i == 45:
        x = ((1e308 * 10 - 1e308 * 10) * (1.7976931348623157e+308))
    if i == 46:
        x = ((((-9.5) > (0)) ** (not False)) ^ (((-3) // (-4294967296)) & (-9223372036854775807 - 1)))
    if i == 47:
        x = ((-100) > (-7))
    if i == 48:
        x = (+(-2))
    if i == 49:
        x = ((-1e+300) + (-9.223372036854776e+18))
    if i == 50:
        x = (((10) or True) and (2147483648))
    if i == 51:
        x = (9007199254740993)
    if i == 52:
        x = (2147483648)
    if i == 53:
        x = (-4294967296)
    if i == 54:
        x = ((-1e308 * 10) * (-98765432109))
    if i == 55:
        x = (-(5e-324))
    if i == 56:
        x = (-9223372036854775807)
    if i == 57:
        x = (-(0.3))
    if i == 58:
        x = ''
    if i == 59:
        x = (64)
    if i == 60:
        x = ((+((-1.0) // (-2))) == (9223372036854775807))
    if i == 61:
        x = ((1e+16) + False)
    if i == 62:
        x = ((4294967296) < (1e308 * 10 - 1e308 * 10))
    if i == 63:
        x = (((~True) + (-1)) == (0.0))
    if i == 64:
        x = (-2)
    if i == 65:
        x = (9.5)
    if i == 66:
        x = (+(-1.0))
    if i == 67:
        x = (100)
    if i == 68:
        x = (((64) <= (-7)) % (-100))
    if i == 69:
        x = ((-9.5) != (9007199254740992.0))
    if i == 70:
        x = (~((-(-9223372036854775807)) or ((-3) != (9007199254740992))))
    if i == 71:
        x = (-False)
    if i == 72:
        x = ((64) ^ (~False))
    if i == 73:
        x = (2147483648)
    if i == 74:
        x = (1)
    if i == 75:
        x = (-4294967296)
    if i == 76:
        x = (-100)
    if i == 77:
        x = 'é'
    if i == 78:
        x = ((not (9007199254740992)) >= (-7.25))
    if i == 79:
        x = False
    if i == 80:
        x = (-2.5)
    if i == 81:
        x = (-9223372036854775807)
    if i == 82:
        x = ((0.0) < True)
    if i == 83:
        x = ((5e-324) >= (0.0))
    if i == 84:
        x = (9007199254740992)
    if i == 85:
        x = (9007199254740992)
    if i == 86:
        x = (+(4611686018427387904))
    if i == 87:
        x = (not (62))
    if i == 88:
        x = (False >= (-1e308 * 10))
    if i == 89:
        x = (((0) != (1e308 * 10 - 1e308 * 10)) + (1.5e-323))
    if i == 90:
        x = (-9007199254740993)
    if i == 91:
        x = (3)
    if i == 92:
        x = ((-1.0) // (-9223372036854775807 - 1))
    if i == 93:
        x = (63)
    if i == 94:
        x = (65)
    if i == 95:
        x = (-((1.5e-323) or (0.3)))
    if i == 96:
        x = (1.5)
    if i == 97:
        x = (10)
    if i == 98:
        x = ((True / (2)) ** (63))
    if i == 99:
        x = ((~False) - (4611686018427387904))
    if i == 100:
        x = ((-100) & (((-9223372036854775807) % (9007199254740992)) and (-98765432109)))
    if i == 101:
        x = ((2147483648) | False)
    if i == 102:
        x = (9007199254740993)
    if i == 103:
        x = (not (64))
    if i == 104:
        x = (~((4294967297) != (4052555153018976267)))
    if i == 105:
        x = (-(-2))
    if i == 106:
        x = (-9.5)
    if i == 107:
        x = (True // (2))
    if i == 108:
        x = ((-100) >> (9007199254740992))
    if i == 109:
        x = (not (((3.0) <= (-9223372036854775807)) - ((1e-07) / (-9.5))))
    if i == 110:
        x = (not ((1) ** (-7.25)))
    if i == 111:
        x = ((-(+False)) + (1e-05))
    if i == 112:
        x = (False * (not (1e308 * 10 - 1e308 * 10)))
    if i == 113:
        x = ((4294967296) % (2))
    if i == 114:
        x = (((-1e308 * 10) < (10)) | ((9.223372036854776e+18) >= (-1.0)))
    if i == 115:
        x = ((7) > (-2147483648))
    if i == 116:
        x = (9223372036854775807)
    if i == 117:
        x = (((100) == (-7)) % ((4503599627370497.0) - (-1)))
    if i == 118:
        x = (1.0)
    if i == 119:
        x = (-0.5)
    return x
i = 0
while i < 120:
    print(f(i))
    i += 1

# CHECK: False
# CHECK-NEXT: 4052555153018976267
# CHECK-NEXT: 62
# CHECK-NEXT: -64
# CHECK-NEXT: -98765432109
# CHECK-NEXT: -4611686018427387904
# CHECK-NEXT: 1.5e-323
# CHECK-NEXT: False
# CHECK-NEXT: 3
# CHECK-NEXT: -1e+300
# CHECK-NEXT: True
# CHECK-NEXT: 1e-05
# CHECK-NEXT: True
# CHECK-NEXT: -2147483648
# CHECK-NEXT: a
# CHECK-NEXT: 0
# CHECK-NEXT: 1.0
# CHECK-NEXT: 65
# CHECK-NEXT: -1
# CHECK-NEXT: -1
# CHECK-NEXT: -4611686018427387905
# CHECK-NEXT: 1.5345856803201551e-301
# CHECK-EMPTY:
# CHECK-NEXT: 3.0
# CHECK-NEXT: False
# CHECK-NEXT: True
# CHECK-NEXT: 0.5
# CHECK-NEXT: 7
# CHECK-NEXT: -98765432109
# CHECK-NEXT: 10
# CHECK-NEXT: True
# CHECK-NEXT: True
# CHECK-NEXT: -4294967295.4
# CHECK-NEXT: True
# CHECK-NEXT: 1.9999999999999996
# CHECK-NEXT: 12345678901
# CHECK-NEXT: True
# CHECK-NEXT: 9.223372036854776e+18
# CHECK-NEXT: -1
# CHECK-NEXT: b
# CHECK-NEXT: -7.25
# CHECK-NEXT: -4611686018427387904
# CHECK-NEXT: nan
# CHECK-NEXT: 1
# CHECK-NEXT: False
# CHECK-NEXT: nan
# CHECK-NEXT: 0
# CHECK-NEXT: False
# CHECK-NEXT: -2
# CHECK-NEXT: -1e+300
# CHECK-NEXT: 2147483648
# CHECK-NEXT: 9007199254740993
# CHECK-NEXT: 2147483648
# CHECK-NEXT: -4294967296
# CHECK-NEXT: inf
# CHECK-NEXT: -5e-324
# CHECK-NEXT: -9223372036854775807
# CHECK-NEXT: -0.3
# CHECK-EMPTY:
# CHECK-NEXT: 64
# CHECK-NEXT: False
# CHECK-NEXT: 1e+16
# CHECK-NEXT: False
# CHECK-NEXT: False
# CHECK-NEXT: -2
# CHECK-NEXT: 9.5
# CHECK-NEXT: -1.0
# CHECK-NEXT: 100
# CHECK-NEXT: 0
# CHECK-NEXT: True
# CHECK-NEXT: -9223372036854775808
# CHECK-NEXT: 0
# CHECK-NEXT: -65
# CHECK-NEXT: 2147483648
# CHECK-NEXT: 1
# CHECK-NEXT: -4294967296
# CHECK-NEXT: -100
# CHECK-NEXT: é
# CHECK-NEXT: True
# CHECK-NEXT: False
# CHECK-NEXT: -2.5
# CHECK-NEXT: -9223372036854775807
# CHECK-NEXT: True
# CHECK-NEXT: True
# CHECK-NEXT: 9007199254740992
# CHECK-NEXT: 9007199254740992
# CHECK-NEXT: 4611686018427387904
# CHECK-NEXT: False
# CHECK-NEXT: True
# CHECK-NEXT: 1.0
# CHECK-NEXT: -9007199254740993
# CHECK-NEXT: 3
# CHECK-NEXT: 0.0
# CHECK-NEXT: 63
# CHECK-NEXT: 65
# CHECK-NEXT: -1.5e-323
# CHECK-NEXT: 1.5
# CHECK-NEXT: 10
# CHECK-NEXT: 1.0842021724855044e-19
# CHECK-NEXT: -4611686018427387905
# CHECK-NEXT: -98765432176
# CHECK-NEXT: 2147483648
# CHECK-NEXT: 9007199254740993
# CHECK-NEXT: False
# CHECK-NEXT: -2
# CHECK-NEXT: 2
# CHECK-NEXT: -9.5
# CHECK-NEXT: 0
# CHECK-NEXT: -1
# CHECK-NEXT: False
# CHECK-NEXT: False
# CHECK-NEXT: 1e-05
# CHECK-NEXT: 0
# CHECK-NEXT: 0
# CHECK-NEXT: True
# CHECK-NEXT: True
# CHECK-NEXT: 9223372036854775807
# CHECK-NEXT: 0.0
# CHECK-NEXT: 1.0
# CHECK-NEXT: -0.5
