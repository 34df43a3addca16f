# for_loops: common accumulation patterns - running totals, max tracking, prefix sums, counting matches
temps = [12, 15, 9, 20, 22, 18, 25, 7]
running = []
total = 0
for t in temps:
    total += t
    running.append(total)
print(running)
best_i, best = 0, temps[0]
for i, t in enumerate(temps):
    if t > best:
        best_i, best = i, t
print(best_i, best)
warm_streak = longest = 0
for t in temps:
    warm_streak = warm_streak + 1 if t >= 15 else 0
    longest = max(longest, warm_streak)
print(longest)
diffs = [b - a for a, b in zip(temps, temps[1:])]
print(diffs, sum(diffs) == temps[-1] - temps[0])
hist = [0] * 3
for t in temps:
    hist[min(t // 10, 2)] += 1
print(hist)
