package dev.ring3.interp;

import org.junit.jupiter.api.AfterEach;

/** The base of the instruction tests that step one fresh {@link StepMachine} per test. */
abstract class StepMachineTest {
    final StepMachine m = new StepMachine();
    final Cpu c = m.cpu;

    @AfterEach
    void closeMachine() {
        m.close();
    }
}
