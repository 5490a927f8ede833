package com.rentcar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.rentcar.drills.Catalogue;
import com.rentcar.drills.Drills;
import com.rentcar.drills.SystemUnderTest;

/**
 * Every drill of {@code ./rentcar drill}, one test each, against the system the end-to-end tests share (one start for
 * all of them). A drill leaves the system as it found it: what it stopped or killed runs again afterwards.
 */
@ExtendWith(RunningSystem.class)
class DrillsEndToEndIT {

    @TestFactory
    Stream<DynamicTest> everyGuaranteeHolds() {
        var system = SystemUnderTest.of(RunningSystem.SYSTEM.root(), RunningSystem.SYSTEM.home(), RentCarSystem.PORT_OFFSET);
        return Catalogue.all().stream().map(drill -> DynamicTest.dynamicTest(drill.name(), () -> {
            var outcome = Drills.run(drill, system);
            System.out.println(outcome.line(drill.name())); // the figure, in the failsafe report
            assertThat(outcome.passed()).as(outcome.line(drill.name())).isTrue();
        }));
    }
}
