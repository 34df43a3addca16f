# misc_programs: building strings - number to words, banner boxes, zig-zag text
ones = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
        'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
def words(n):
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10] + ('' if n % 10 == 0 else '-' + ones[n % 10])
    if n < 1000:
        rest = '' if n % 100 == 0 else ' and ' + words(n % 100)
        return ones[n // 100] + ' hundred' + rest
    return words(n // 1000) + ' thousand' + ('' if n % 1000 == 0 else ' ' + words(n % 1000))
for n in [0, 13, 40, 99, 100, 101, 342, 1000, 90210]:
    print(n, words(n))
def box(lines):
    w = max([len(l) for l in lines])
    out = ['+' + '-' * (w + 2) + '+']
    for l in lines:
        out.append('| ' + l.ljust(w) + ' |')
    out.append(out[0])
    return '\n'.join(out)
print(box(['pyr', 'differential corpus', 'é中😀']))
