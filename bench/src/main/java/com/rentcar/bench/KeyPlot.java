package com.rentcar.bench;

import static com.rentcar.bench.Goals.f;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.imageio.ImageIO;

/** The PNG the README shows: latency by percentile beside throughput over time, with the run's headline. */
final class KeyPlot {

    static final int WIDTH = 1400;
    static final int HEIGHT = 600;

    private KeyPlot() {
    }

    static void write(Report r, Path file) throws IOException {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var canvas = new ImageCanvas(image);
        try {
            canvas.rect(0, 0, WIDTH, HEIGHT, 0xFFFFFF, 1);
            canvas.text(16, 26, headline(r), 16, Chart.INK, Canvas.Anchor.START, true);
            canvas.text(16, 46, f("%s · %d CPUs, %.0f GiB · run %s · %s", DateTimeFormatter.ofPattern("yyyy-MM-dd")
                    .withZone(ZoneOffset.UTC).format(r.startedAt()), r.machine().cpus(), r.machine().memoryBytes()
                    / Goals.GIB, r.runId(), "closed loop; coordinated omission not corrected"), 12, 0x666666,
                    Canvas.Anchor.START, false);
            Charts.percentiles(r).draw(canvas, 8, 58, WIDTH / 2.0 - 12, HEIGHT - 66);
            Charts.phaseThroughput(r).draw(canvas, WIDTH / 2.0 + 4, 58, WIDTH / 2.0 - 12, HEIGHT - 66);
        } finally {
            canvas.dispose();
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    static String headline(Report r) {
        var res = r.reservation().summary();
        var lag = r.lag();
        String lagText = lag.ledger().count() == 0 || lag.myPage().count() == 0 ? "event lag: no sample seen"
                : f("event lag p99 %.0f ms (ledger) / %.0f ms (My Page)", lag.ledger().p99Ms(), lag.myPage().p99Ms());
        return f("RentCar, concurrency %d: reservations %,.0f/s = %.0f %% of the hop limit (%,.0f/s), p99 %.0f ms; %s",
                r.load().concurrency(), res.perSecond(), r.reservationToHop() * 100, r.hop().perSecond(), res.p99Ms(),
                lagText);
    }
}
