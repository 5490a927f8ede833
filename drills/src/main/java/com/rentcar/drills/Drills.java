package com.rentcar.drills;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./rentcar drill [NAME...]}: runs the drills (all, or the ones named) against the running system, one
 * line each ({@code PASS name — figure} / {@code FAIL name — what happened}), then {@code N passed, M failed};
 * exits 1 when one failed, 2 on a name it does not know.
 */
public final class Drills {

    private Drills() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), SystemUnderTest.fromEnvironment(), System.out));
    }

    static int run(List<String> names, SystemUnderTest system, PrintStream out) {
        var chosen = new ArrayList<Drill>();
        if (names.isEmpty()) {
            chosen.addAll(Catalogue.all());
        }
        for (var name : names) {
            var drill = Catalogue.named(name);
            if (drill.isEmpty()) {
                System.err.println("rentcar: no drill named " + name + " (known: "
                        + String.join(", ", Catalogue.all().stream().map(Drill::name).toList()) + ")");
                return 2;
            }
            chosen.add(drill.get());
        }
        int passed = 0;
        int failed = 0;
        for (var drill : chosen) {
            var outcome = run(drill, system);
            out.println(outcome.line(drill.name()));
            out.flush();
            if (outcome.passed()) {
                passed++;
            } else {
                failed++;
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    /** Runs one drill; whatever goes wrong inside it is its FAIL, never an exception. */
    public static Outcome run(Drill drill, SystemUnderTest system) {
        try {
            return drill.run(system);
        } catch (DrillFailed e) {
            return Outcome.fail(oneLine(e.getMessage()));
        } catch (Exception e) {
            return Outcome.fail("the drill broke: " + oneLine(e.toString()));
        }
    }

    private static String oneLine(String text) {
        return text == null ? "(no detail)" : text.strip().replaceAll("\\s*\\n\\s*", " | ");
    }
}
