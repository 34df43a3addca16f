# formatting: a formatted report with aligned columns, totals and percentages
sales = [('North', 12500, 0.083), ('South', 9800.5, -0.021), ('East', 15320.25, 0.152), ('West', 780, 0.0)]
header = '{:<8}{:>12}{:>9}'.format('Region', 'Revenue', 'Growth')
print(header)
print('-' * len(header))
total = 0
for region, revenue, growth in sales:
    total += revenue
    print('{:<8}{:>12,.2f}{:>+9.1%}'.format(region, revenue, growth))
print('-' * len(header))
print('{:<8}{:>12,.2f}'.format('Total', total))
best = max(sales, key=lambda r: r[1])
print('Best: %s (%.1f%% of total)' % (best[0], 100 * best[1] / total))
for region, revenue, _ in sales:
    bar = '#' * int(revenue / 1000)
    print('%-6s %s' % (region, bar))
