package com.rentcar.bench;

import java.util.Locale;

/** Draws on an inline SVG document (no scripts, no external references). */
final class SvgCanvas implements Canvas {

    private final StringBuilder svg = new StringBuilder();
    private final int width;
    private final int height;

    SvgCanvas(int width, int height) {
        this.width = width;
        this.height = height;
    }

    static String chart(Chart chart, int width, int height) {
        var canvas = new SvgCanvas(width, height);
        chart.draw(canvas, 0, 0, width, height);
        return canvas.document();
    }

    String document() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"Helvetica, Arial, sans-serif\">"
                + svg + "</svg>";
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double width, boolean dashed) {
        svg.append(f("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>",
                x1, y1, x2, y2, color(rgb), width, dashed ? " stroke-dasharray=\"5 3\"" : ""));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int rgb, double width, boolean dashed) {
        var points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            points.append(f("%.1f,%.1f ", xs[i], ys[i]));
        }
        svg.append(f("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\" stroke-linejoin=\"round\"%s points=\"%s\"/>",
                color(rgb), width, dashed ? " stroke-dasharray=\"5 3\"" : "", points.toString().trim()));
    }

    @Override
    public void dot(double x, double y, double radius, int rgb) {
        svg.append(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"0.75\"/>", x, y, radius,
                color(rgb)));
    }

    @Override
    public void rect(double x, double y, double width, double height, int rgb, double opacity) {
        svg.append(f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"%s/>", x, y, width, height,
                color(rgb), opacity < 1 ? f(" fill-opacity=\"%.2f\"", opacity) : ""));
    }

    @Override
    public void text(double x, double y, String text, double size, int rgb, Anchor anchor, boolean bold) {
        svg.append(f("<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" fill=\"%s\" text-anchor=\"%s\"%s>%s</text>", x, y,
                size, color(rgb), anchor.name().toLowerCase(Locale.ROOT), bold ? " font-weight=\"bold\"" : "",
                escape(text)));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String color(int rgb) {
        return String.format("#%06x", rgb & 0xFFFFFF);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
