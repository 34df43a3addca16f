# Word frequency count: builds a text from a small vocabulary, splits it,
# counts words in a dict and prints the most frequent ones.
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta',
         'theta', 'iota', 'kappa', 'lambda', 'mu']
parts = []
seed = 12345
for i in range(300000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    parts.append(words[seed % len(words)])
text = ' '.join(parts)
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in ranked[:5]:
    print(f'{w:>8} {n}')
print(len(counts), sum(counts.values()))
