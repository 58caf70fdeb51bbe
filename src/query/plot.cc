#include "query/plot.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "query/xml_escape.h"

namespace dyadwatch::query {
namespace {

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

}  // namespace

std::string TerminalBars(const std::vector<SeriesPoint>& points, int width) {
  double top = 0;
  size_t label_width = 0;
  for (const SeriesPoint& p : points) {
    top = std::max(top, p.events);
    label_width = std::max(label_width, p.label.size());
  }
  std::string out;
  for (const SeriesPoint& p : points) {
    const int eighths = top > 0 ? static_cast<int>(std::lround(p.events / top * width * 8)) : 0;
    std::string bar;
    for (int i = 0; i < eighths / 8; ++i) bar += "█";
    static const char* kPartial[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
    bar += kPartial[eighths % 8];
    if (bar.empty() && p.events > 0) bar = "▏";
    char tail[64];
    std::snprintf(tail, sizeof tail, " %g (goldstein %+.1f)", p.events, p.goldstein);
    out += p.label + std::string(label_width - p.label.size(), ' ') + " │" + bar + tail + "\n";
  }
  return out;
}

std::string Sparkline(const std::vector<double>& values) {
  static const char* kLevels[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  double top = 0;
  for (double v : values) top = std::max(top, v);
  std::string out;
  for (double v : values) {
    if (v <= 0) {
      out += " ";
      continue;
    }
    out += kLevels[std::min(7, static_cast<int>(v / top * 7.999))];
  }
  return out;
}

std::string SvgChart(const std::vector<SeriesPoint>& points, const std::string& title) {
  const double w = 900, h = 400, left = 60, right = 60, top = 40, bottom = 70;
  const double plot_w = w - left - right, plot_h = h - top - bottom;
  double max_events = 1;
  for (const SeriesPoint& p : points) max_events = std::max(max_events, p.events);
  const size_t n = std::max<size_t>(points.size(), 1);
  const double step = plot_w / n;
  auto y_events = [&](double v) { return top + plot_h - v / max_events * plot_h; };
  auto y_goldstein = [&](double g) { return top + plot_h / 2 - g / 10.0 * plot_h / 2; };  // -10..10

  std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
                    Num(w) + "\" height=\"" + Num(h) + "\" font-family=\"sans-serif\" font-size=\"11\">\n";
  svg += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  svg += "<text x=\"" + Num(w / 2) + "\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">" + XmlEscape(title) + "</text>\n";
  // Axes: events on the left, Goldstein -10..10 on the right.
  svg += "<line x1=\"" + Num(left) + "\" y1=\"" + Num(top) + "\" x2=\"" + Num(left) + "\" y2=\"" + Num(top + plot_h) + "\" stroke=\"black\"/>\n";
  svg += "<line x1=\"" + Num(left) + "\" y1=\"" + Num(top + plot_h) + "\" x2=\"" + Num(left + plot_w) + "\" y2=\"" + Num(top + plot_h) + "\" stroke=\"black\"/>\n";
  svg += "<line x1=\"" + Num(left + plot_w) + "\" y1=\"" + Num(top) + "\" x2=\"" + Num(left + plot_w) + "\" y2=\"" + Num(top + plot_h) + "\" stroke=\"#c33\"/>\n";
  for (int k = 0; k <= 4; ++k) {
    const double v = max_events * k / 4;
    svg += "<text x=\"" + Num(left - 6) + "\" y=\"" + Num(y_events(v) + 4) + "\" text-anchor=\"end\">" + Num(v) + "</text>\n";
    const double g = -10 + 5 * k;
    svg += "<text x=\"" + Num(left + plot_w + 6) + "\" y=\"" + Num(y_goldstein(g) + 4) + "\" fill=\"#c33\">" + Num(g) + "</text>\n";
  }
  svg += "<text x=\"14\" y=\"" + Num(top + plot_h / 2) + "\" transform=\"rotate(-90 14 " + Num(top + plot_h / 2) + ")\" text-anchor=\"middle\">events</text>\n";
  svg += "<text x=\"" + Num(w - 8) + "\" y=\"" + Num(top + plot_h / 2) + "\" transform=\"rotate(90 " + Num(w - 8) + " " + Num(top + plot_h / 2) + ")\" text-anchor=\"middle\" fill=\"#c33\">mean Goldstein</text>\n";
  std::string line;
  const size_t label_every = std::max<size_t>(1, points.size() / 12);
  for (size_t i = 0; i < points.size(); ++i) {
    const SeriesPoint& p = points[i];
    const double x = left + i * step;
    svg += "<rect x=\"" + Num(x + step * 0.1) + "\" y=\"" + Num(y_events(p.events)) + "\" width=\"" + Num(step * 0.8) +
           "\" height=\"" + Num(top + plot_h - y_events(p.events)) + "\" fill=\"#4a7ab7\"><title>" + XmlEscape(p.label) +
           ": " + Num(p.events) + " events</title></rect>\n";
    if (p.events > 0) line += (line.empty() ? "" : " ") + Num(x + step / 2) + "," + Num(y_goldstein(p.goldstein));
    if (i % label_every == 0) {
      const double lx = x + step / 2, ly = top + plot_h + 14;
      svg += "<text x=\"" + Num(lx) + "\" y=\"" + Num(ly) + "\" transform=\"rotate(45 " + Num(lx) + " " + Num(ly) + ")\">" +
             XmlEscape(p.label) + "</text>\n";
    }
  }
  if (!line.empty()) svg += "<polyline points=\"" + line + "\" fill=\"none\" stroke=\"#c33\" stroke-width=\"2\"/>\n";
  svg += "</svg>\n";
  return svg;
}

}  // namespace dyadwatch::query
