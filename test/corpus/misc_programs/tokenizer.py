# misc_programs: a tiny tokenizer and recursive-descent evaluator for arithmetic expressions
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            tokens.append(('NUM', float(text) if '.' in text else int(text)))
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            tokens.append(('NAME', src[i:j]))
            i = j
        else:
            tokens.append(('OP', c))
            i += 1
    return tokens
def evaluate(tokens, env):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else ('EOF', None)
    def advance():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        kind, val = advance()
        if kind == 'NUM':
            return val
        if kind == 'NAME':
            return env[val]
        if val == '-':
            return -atom()
        result = expr()
        advance()
        return result
    def term():
        v = atom()
        while peek()[1] in ('*', '/', '%'):
            op = advance()[1]
            rhs = atom()
            v = v * rhs if op == '*' else v / rhs if op == '/' else v % rhs
        return v
    def expr():
        v = term()
        while peek()[1] in ('+', '-'):
            op = advance()[1]
            v = v + term() if op == '+' else v - term()
        return v
    return expr()
src = 'rate * (hours - 2.5) + bonus_1 % 7 - -3'
toks = tokenize(src)
print(toks)
print(evaluate(toks, {'rate': 12, 'hours': 40, 'bonus_1': 100}))
for s in ['1 + 2 * 3', '(1 + 2) * 3', '10 / 4', '2 * (3 + (4 - 1)) % 5', 'x * x - 1']:
    print(s, '=>', evaluate(tokenize(s), {'x': 9}))
