// Drawing a dyad's time series: bars in the terminal, a line chart as a standalone SVG file, and
// a one-line sparkline for tables.
#ifndef DYADWATCH_QUERY_PLOT_H_
#define DYADWATCH_QUERY_PLOT_H_

#include <string>
#include <vector>

namespace dyadwatch::query {

struct SeriesPoint {
  std::string label;       // the period ("2019-03")
  double events = 0;       // bar / line height
  double goldstein = 0;    // mean Goldstein of the period's events
};

// One line per point: label, a bar of '█' scaled to `width` columns, the count and the mean
// Goldstein.
std::string TerminalBars(const std::vector<SeriesPoint>& points, int width = 50);

// ▁▂▃▄▅▆▇█ per value, scaled to the largest.
std::string Sparkline(const std::vector<double>& values);

// A self-contained SVG: events per period as bars, mean Goldstein as a line on its own axis.
std::string SvgChart(const std::vector<SeriesPoint>& points, const std::string& title);

}  // namespace dyadwatch::query

#endif  // DYADWATCH_QUERY_PLOT_H_
