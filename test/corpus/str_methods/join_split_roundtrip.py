# str_methods: roundtrip split/join, word wrapping, title case conversion in real-code style
def wrap(text, width):
    lines = []
    cur = ''
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cur + ' ' + word if cur else word
    if cur:
        lines.append(cur)
    return lines
text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore'
for w in [10, 20, 40]:
    print(w, wrap(text, w))
def snake_to_camel(s):
    first, *rest = s.split('_')
    return first + ''.join([p.capitalize() for p in rest])
print([snake_to_camel(s) for s in ['my_var_name', 'x', 'already_ok_', '_lead']])
print(' '.join('a  b   c'.split()) == 'a b c', '/'.join('usr/local/bin'.split('/')[::-1]))
