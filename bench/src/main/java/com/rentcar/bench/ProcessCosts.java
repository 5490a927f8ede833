package com.rentcar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What each component costs, read from {@code /proc}: resident memory and CPU time. A component's processes
 * are the pid in the runner's {@code run/<component>.pid}; for postgres also the PostgreSQL server
 * ({@code data/postgres/postmaster.pid}) and its children, whose memory is counted as their proportional share
 * (PSS, so the shared buffers every backend maps count once) and whose CPU includes children that have exited.
 * A sampler takes every component's memory each second and keeps the peaks.
 */
final class ProcessCosts implements AutoCloseable {

    /** One moment: CPU ticks and resident bytes per component, the benchmark's own, and the machine's. */
    record Snapshot(long nanoTime, Map<String, Long> cpuTicks, Map<String, Long> residentBytes, long benchTicks,
            long machineBusyTicks, long machineTotalTicks) {
    }

    /** CPU used between two snapshots. */
    record CpuUse(double seconds, Map<String, Double> componentSeconds, double benchSeconds, double machineBusySeconds,
            double machineCapacitySeconds) {

        double componentsTotal() {
            return componentSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** CPU spent by processes that are neither the system nor the benchmark (other work on a shared machine). */
        double othersSeconds() {
            return Math.max(0, machineBusySeconds - componentsTotal() - benchSeconds);
        }
    }

    private final Path runDir;
    private final Path dataDir;
    private final List<String> components;
    private final long clockTicks;
    private final Map<String, Long> peakBytes = new ConcurrentHashMap<>();
    private volatile long peakTotalBytes;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "rss-sampler");
        t.setDaemon(true);
        return t;
    });

    ProcessCosts(Path runDir, Path dataDir, List<String> components, long clockTicks) {
        this.runDir = runDir;
        this.dataDir = dataDir;
        this.components = components.isEmpty() ? componentsIn(runDir) : components;
        this.clockTicks = clockTicks;
    }

    List<String> components() {
        return components;
    }

    void startSampling() {
        sampler.scheduleAtFixedRate(() -> {
            try {
                var snapshot = snapshot();
                snapshot.residentBytes().forEach((c, b) -> peakBytes.merge(c, b, Math::max));
                long total = snapshot.residentBytes().values().stream().mapToLong(Long::longValue).sum();
                peakTotalBytes = Math.max(peakTotalBytes, total);
            } catch (RuntimeException e) {
                // a process went away between listing and reading: the next sample sees the new state
            }
        }, 0, 1, TimeUnit.SECONDS);
    }

    Map<String, Long> peakBytes() {
        var ordered = new LinkedHashMap<String, Long>();
        components.forEach(c -> ordered.put(c, peakBytes.getOrDefault(c, 0L)));
        return ordered;
    }

    long peakTotalBytes() {
        return peakTotalBytes;
    }

    Snapshot snapshot() {
        var cpu = new LinkedHashMap<String, Long>();
        var rss = new LinkedHashMap<String, Long>();
        List<ProcStat> all = null;
        for (String component : components) {
            long ticks = 0;
            long bytes = 0;
            Long pid = pidFrom(runDir.resolve(component + ".pid"));
            if (pid != null) {
                var stat = ProcStat.read(pid);
                if (stat != null) {
                    ticks += stat.ownTicks();
                    bytes += rssBytes(pid);
                }
            }
            if (component.equals("postgres")) {
                Long postmaster = pidFrom(dataDir.resolve("postgres").resolve("postmaster.pid"));
                var server = postmaster == null ? null : ProcStat.read(postmaster);
                if (server != null) {
                    all = all == null ? ProcStat.all() : all;
                    ticks += server.ownTicks() + server.childrenTicks();
                    bytes += pssBytes(postmaster);
                    for (var child : all) {
                        if (child.ppid() == postmaster) {
                            ticks += child.ownTicks();
                            bytes += pssBytes(child.pid());
                        }
                    }
                }
            }
            cpu.put(component, ticks);
            rss.put(component, bytes);
        }
        var self = ProcStat.read(ProcessHandle.current().pid());
        long[] machine = machineTicks();
        return new Snapshot(System.nanoTime(), cpu, rss, self == null ? 0 : self.ownTicks(), machine[0], machine[1]);
    }

    CpuUse between(Snapshot from, Snapshot to) {
        var seconds = new LinkedHashMap<String, Double>();
        for (String c : components) {
            seconds.put(c, (to.cpuTicks().getOrDefault(c, 0L) - from.cpuTicks().getOrDefault(c, 0L))
                    / (double) clockTicks);
        }
        double elapsed = (to.nanoTime() - from.nanoTime()) / 1e9;
        return new CpuUse(elapsed, seconds, (to.benchTicks() - from.benchTicks()) / (double) clockTicks,
                (to.machineBusyTicks() - from.machineBusyTicks()) / (double) clockTicks,
                (to.machineTotalTicks() - from.machineTotalTicks()) / (double) clockTicks);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    /** utime, stime and the times of reaped children, from {@code /proc/<pid>/stat}. */
    record ProcStat(long pid, long ppid, long utime, long stime, long cutime, long cstime) {

        long ownTicks() {
            return utime + stime;
        }

        long childrenTicks() {
            return cutime + cstime;
        }

        static ProcStat read(long pid) {
            try {
                return parse(pid, Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** The fields after the command name (which may hold spaces and parentheses) are counted from its end. */
        static ProcStat parse(long pid, String stat) {
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            // f[0] is field 3 (state): field n is f[n - 3]
            return new ProcStat(pid, Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]),
                    Long.parseLong(f[13]), Long.parseLong(f[14]));
        }

        static List<ProcStat> all() {
            var stats = new ArrayList<ProcStat>();
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                procs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                        .map(n -> read(Long.parseLong(n))).filter(s -> s != null).forEach(stats::add);
            } catch (IOException e) {
                // no /proc: nothing to add
            }
            return stats;
        }
    }

    private static List<String> componentsIn(Path runDir) {
        try (Stream<Path> files = Files.list(runDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pid"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Long pidFrom(Path file) {
        try {
            String first = Files.readAllLines(file).getFirst().trim();
            return Long.parseLong(first);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static long rssBytes(long pid) {
        return kibField(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    static long pssBytes(long pid) {
        long pss = kibField(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
        return pss > 0 ? pss : rssBytes(pid);
    }

    private static long kibField(Path file, String field) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone
        }
        return 0;
    }

    /** [busy, total] ticks of every CPU together, from the first line of {@code /proc/stat}. */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) { // user nice system idle iowait irq softirq steal
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
