# fstrings: building an aligned table of students with f-strings, averages and grade letters
students = [('Alice', [88, 92, 79]), ('Bob', [72, 65, 80]), ('Chloé', [95, 98, 100]), ('中文', [50, 60, 55])]
def letter(avg):
    if avg >= 90:
        return 'A'
    elif avg >= 80:
        return 'B'
    elif avg >= 70:
        return 'C'
    return 'F'
print(f'{"Name":<8}|{"Scores":^14}|{"Avg":>7}|{"G":^3}')
print(f'{"":-<8}+{"":-^14}+{"":->7}+{"":-^3}')
for name, scores in students:
    avg = sum(scores) / len(scores)
    joined = ' '.join([f'{s:3d}' for s in scores])
    print(f'{name:<8}|{joined:^14}|{avg:>7.2f}|{letter(avg):^3}')
overall = sum([sum(s) for _, s in students]) / sum([len(s) for _, s in students])
print(f'{"overall":<8} {overall:.4f} {overall=:.1f}')
