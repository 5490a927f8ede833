package com.rentcar.drills;

import java.util.List;
import java.util.Optional;

import com.rentcar.drills.catalogue.ManagementDown;

/** Every drill, in the order {@code ./rentcar drill} runs them: the quick ones first, the broker last. */
public final class Catalogue {

    private Catalogue() {
    }

    public static List<Drill> all() {
        return List.of(
                new ManagementDown());
    }

    public static Optional<Drill> named(String name) {
        return all().stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
