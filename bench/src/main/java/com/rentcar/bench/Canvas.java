package com.rentcar.bench;

/** Where a {@link Chart} draws: an SVG document or a Java2D image. Coordinates are pixels, y downwards. */
interface Canvas {

    enum Anchor { START, MIDDLE, END }

    void line(double x1, double y1, double x2, double y2, int rgb, double width, boolean dashed);

    void polyline(double[] xs, double[] ys, int rgb, double width, boolean dashed);

    void dot(double x, double y, double radius, int rgb);

    void rect(double x, double y, double width, double height, int rgb, double opacity);

    void text(double x, double y, String text, double size, int rgb, Anchor anchor, boolean bold);
}
