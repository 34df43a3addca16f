# misc_programs: word frequency count - normalise punctuation, count with a dict, top-N with tie-breaking
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
counts = {}
for raw in text.split():
    word = raw.strip('.,;:!?').lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
print(len(counts), sum(counts.values()))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f'{word:<12}{n:>3} {"*" * n}')
singles = sorted([w for w, n in counts.items() if n == 1])
print(singles)
longest = max(counts, key=lambda w: (len(w), w))
print(longest, len(longest))
