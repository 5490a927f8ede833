package com.rentcar.drills;

import java.util.List;
import java.util.Optional;

import com.rentcar.drills.catalogue.BrokerRestart;
import com.rentcar.drills.catalogue.CancelWhilePaymentDown;
import com.rentcar.drills.catalogue.HostileInput;
import com.rentcar.drills.catalogue.Isolation;
import com.rentcar.drills.catalogue.KillMidFlight;
import com.rentcar.drills.catalogue.ManagementDown;
import com.rentcar.drills.catalogue.PaymentDown;
import com.rentcar.drills.catalogue.PaymentSlow;
import com.rentcar.drills.catalogue.PoisonMessage;
import com.rentcar.drills.catalogue.Race;
import com.rentcar.drills.catalogue.Redelivery;

/** Every drill, in the order {@code ./rentcar drill} runs them: the quick ones first, the broker last. */
public final class Catalogue {

    private Catalogue() {
    }

    public static List<Drill> all() {
        return List.of(
                new Isolation(),
                new HostileInput(),
                new Race(),
                new PoisonMessage(),
                new ManagementDown(),
                new PaymentDown(),
                new CancelWhilePaymentDown(),
                new PaymentSlow(),
                new KillMidFlight("rental"),
                new KillMidFlight("reservation"),
                new Redelivery(),
                new BrokerRestart());
    }

    public static Optional<Drill> named(String name) {
        return all().stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
