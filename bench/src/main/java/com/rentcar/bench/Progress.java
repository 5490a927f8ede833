package com.rentcar.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress line while a window runs: phase, window, elapsed, requests, errors, current rate. On a terminal
 * it is rewritten in place every second; otherwise (a log, CI) a line is printed every five seconds.
 */
final class Progress {

    private final PrintStream out;
    private final boolean terminal;
    private int lastLength;

    Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    static Progress onStandardOutput() {
        var console = System.console();
        return new Progress(System.out, console != null && console.isTerminal());
    }

    synchronized void tick(String phase, String window, double elapsed, double length, long requests, long errors,
            double perSecond, boolean last) {
        String line = String.format(Locale.ROOT, "  %-12s %-8s %5.1f/%.0fs  %,9d requests  %,6d errors  %,8.0f req/s",
                phase, window, elapsed, length, requests, errors, perSecond);
        if (terminal) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
            if (last) {
                out.println();
                lastLength = 0;
            }
            out.flush();
        } else if (last || Math.round(elapsed) % 5 == 0) {
            out.println(line);
        }
    }

    synchronized void say(String message) {
        out.println(message);
        out.flush();
    }
}
