/**
 * {@code ./rentcar bench}: a closed-loop load generator and its report.
 *
 * <p>It drives a running RentCar system through its gateway with the JDK HTTP client (HTTP/1.1, one
 * connection per worker) on virtual threads, times every exchange with {@link System#nanoTime()} and records it
 * in HdrHistogram recorders. One run measures, each phase with a warm-up and then a measured window at the same
 * concurrency: the hop limit (a no-op authenticated request through the gateway), reservations (reserve and
 * pay, each on a fresh car), reads (My Page and the cars on offer), the lag of events after a reservation until
 * the car ledger and My Page show the car rented, and what every process costs (RSS, CPU). It writes a text
 * summary, a self-contained HTML report with SVG charts and a PNG of the key plot.
 *
 * <p>Coordinated omission is not corrected: in a closed loop each worker sends its next request only when the
 * previous one answered, so a stall delays the requests that would have been sent meanwhile and they are never
 * recorded. The latencies are the service times clients saw; stalls show in the maximum and as dips in the
 * throughput-over-time charts.
 */
package com.rentcar.bench;
