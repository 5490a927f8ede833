package com.rentcar.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small line/dot chart that draws itself on a {@link Canvas}, so the HTML report (SVG) and the PNG show the
 * same pictures. X is linear (seconds) or a percentile axis (0 %, 90 %, 99 %, 99.9 % … equally spaced, as
 * HdrHistogram plots are); y is linear or logarithmic.
 */
final class Chart {

    enum XScale { LINEAR, PERCENTILE }

    enum YScale { LINEAR, LOG }

    enum Style { LINE, DASHED, DOTS }

    record Series(String label, int rgb, Style style, double[] x, double[] y) {
    }

    static final int GRID = 0xE3E3E3;
    static final int AXIS = 0x555555;
    static final int INK = 0x222222;
    private static final double MAX_PERCENTILE_X = 5; // 99.999 %

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final XScale xScale;
    private final YScale yScale;
    private final List<Series> series = new ArrayList<>();
    private double shadeFrom = Double.NaN;
    private double shadeTo = Double.NaN;
    private String shadeLabel = "";

    Chart(String title, String xLabel, String yLabel, XScale xScale, YScale yScale) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.xScale = xScale;
        this.yScale = yScale;
    }

    Chart add(Series s) {
        if (s.x().length > 0) {
            series.add(s);
        }
        return this;
    }

    /** Shades an x range (the warm-up) and names it. */
    Chart shade(double from, double to, String label) {
        this.shadeFrom = from;
        this.shadeTo = to;
        this.shadeLabel = label;
        return this;
    }

    List<Series> series() {
        return series;
    }

    /** Where a percentile (0–100) lies on the percentile axis: log10 of 1 / (1 - p). */
    static double percentileX(double percentile) {
        double p = Math.min(percentile, 99.999) / 100.0;
        return Math.min(MAX_PERCENTILE_X, Math.log10(1 / (1 - p)));
    }

    void draw(Canvas c, double left, double top, double width, double height) {
        double pl = left + 62;
        double pt = top + 44;
        double pw = width - 62 - 16;
        double ph = height - 44 - 46;
        c.rect(left, top, width, height, 0xFFFFFF, 1);
        c.text(left + 8, top + 18, title, 14, INK, Canvas.Anchor.START, true);
        c.text(pl - 6, pt - 12, yLabel, 11, AXIS, Canvas.Anchor.END, false);
        c.text(pl + pw / 2, top + height - 8, xLabel, 11, AXIS, Canvas.Anchor.MIDDLE, false);

        double[] xr = xRange();
        double[] yr = yRange();
        var x = new Axis(xr[0], xr[1], pl, pl + pw, false);
        var y = new Axis(yr[0], yr[1], pt + ph, pt, yScale == YScale.LOG);

        if (!Double.isNaN(shadeFrom) && shadeTo > shadeFrom) {
            double a = x.at(Math.max(shadeFrom, xr[0]));
            double b = x.at(Math.min(shadeTo, xr[1]));
            c.rect(a, pt, b - a, ph, 0xF2EEDD, 1);
            c.text(a + 4, pt + ph - 6, shadeLabel, 10, 0x9A8A55, Canvas.Anchor.START, false);
        }
        for (double v : yTicks(yr)) {
            double py = y.at(v);
            c.line(pl, py, pl + pw, py, GRID, 1, false);
            c.text(pl - 6, py + 4, number(v), 10, AXIS, Canvas.Anchor.END, false);
        }
        for (double v : xTicks(xr)) {
            double px = x.at(v);
            c.line(px, pt, px, pt + ph, GRID, 1, false);
            c.text(px, pt + ph + 15, xScale == XScale.PERCENTILE ? percentileLabel(v) : number(v), 10, AXIS,
                    Canvas.Anchor.MIDDLE, false);
        }
        c.line(pl, pt + ph, pl + pw, pt + ph, AXIS, 1, false);
        c.line(pl, pt, pl, pt + ph, AXIS, 1, false);

        for (var s : series) {
            double[] px = new double[s.x().length];
            double[] py = new double[s.y().length];
            for (int i = 0; i < px.length; i++) {
                px[i] = x.at(Math.max(xr[0], Math.min(xr[1], xValue(s.x()[i]))));
                py[i] = y.at(Math.max(yr[0], Math.min(yr[1], s.y()[i])));
            }
            if (s.style() == Style.DOTS) {
                for (int i = 0; i < px.length; i++) {
                    c.dot(px[i], py[i], 2.2, s.rgb());
                }
            } else {
                c.polyline(px, py, s.rgb(), 1.8, s.style() == Style.DASHED);
            }
        }
        legend(c, pl + pw - 8, pt + 6);
    }

    private void legend(Canvas c, double right, double top) {
        if (series.isEmpty()) {
            return;
        }
        double longest = series.stream().mapToInt(s -> s.label().length()).max().orElse(0) * 6.1 + 30;
        double h = series.size() * 15 + 6;
        c.rect(right - longest, top, longest, h, 0xFFFFFF, 0.85);
        for (int i = 0; i < series.size(); i++) {
            var s = series.get(i);
            double yy = top + 13 + i * 15;
            double x0 = right - longest + 6;
            if (s.style() == Style.DOTS) {
                c.dot(x0 + 8, yy - 4, 3, s.rgb());
            } else {
                c.line(x0, yy - 4, x0 + 16, yy - 4, s.rgb(), 2, s.style() == Style.DASHED);
            }
            c.text(x0 + 22, yy, s.label(), 10.5, INK, Canvas.Anchor.START, false);
        }
    }

    private double xValue(double raw) {
        return xScale == XScale.PERCENTILE ? percentileX(raw) : raw;
    }

    private double[] xRange() {
        if (xScale == XScale.PERCENTILE) {
            double max = 1;
            for (var s : series) {
                for (double v : s.x()) {
                    max = Math.max(max, Math.ceil(percentileX(v) - 1e-9));
                }
            }
            return new double[] {0, Math.min(MAX_PERCENTILE_X, max)};
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (var s : series) {
            for (double v : s.x()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            return new double[] {0, 1};
        }
        min = Math.min(min, 0);
        return new double[] {min, max > min ? max : min + 1};
    }

    private double[] yRange() {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (var s : series) {
            for (double v : s.y()) {
                if (v > 0) {
                    min = Math.min(min, v);
                }
                max = Math.max(max, v);
            }
        }
        if (max <= 0) {
            return yScale == YScale.LOG ? new double[] {0.1, 10} : new double[] {0, 1};
        }
        if (yScale == YScale.LOG) {
            double lo = Math.pow(10, Math.floor(Math.log10(min)));
            double hi = Math.pow(10, Math.ceil(Math.log10(max)));
            return new double[] {Math.max(lo, 0.01), hi > lo ? hi : lo * 10};
        }
        double step = niceStep(max / 5);
        return new double[] {0, Math.ceil(max * 1.05 / step) * step};
    }

    private List<Double> yTicks(double[] r) {
        var ticks = new ArrayList<Double>();
        if (yScale == YScale.LOG) {
            for (double decade = r[0]; decade <= r[1] * 1.0001; decade *= 10) {
                for (double m : new double[] {1, 2, 5}) {
                    double v = decade * m;
                    if (v <= r[1] * 1.0001) {
                        ticks.add(v);
                    }
                }
            }
            return ticks;
        }
        double step = niceStep((r[1] - r[0]) / 5);
        for (double v = r[0]; v <= r[1] + step / 1000; v += step) {
            ticks.add(v);
        }
        return ticks;
    }

    private List<Double> xTicks(double[] r) {
        var ticks = new ArrayList<Double>();
        if (xScale == XScale.PERCENTILE) {
            for (double v = 0; v <= r[1] + 1e-9; v++) {
                ticks.add(v);
            }
            return ticks;
        }
        double step = niceStep((r[1] - r[0]) / 8);
        for (double v = Math.ceil(r[0] / step) * step; v <= r[1] + step / 1000; v += step) {
            ticks.add(v);
        }
        return ticks;
    }

    static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double r = rough / magnitude;
        return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * magnitude;
    }

    static String number(double v) {
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return Math.abs(v) >= 1 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2g", v);
    }

    private static String percentileLabel(double x) {
        return switch ((int) Math.round(x)) {
            case 0 -> "0%";
            case 1 -> "90%";
            case 2 -> "99%";
            case 3 -> "99.9%";
            case 4 -> "99.99%";
            default -> "99.999%";
        };
    }

    /** Maps values to pixels, linearly or on a log scale. */
    private record Axis(double min, double max, double from, double to, boolean log) {

        double at(double v) {
            double f = log ? (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))
                    : (v - min) / (max - min);
            return from + f * (to - from);
        }
    }
}
