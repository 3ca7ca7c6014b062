package dev.ring3.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every syscall row's handler is a generated {@code XSem} constant (a named class), or a wrapper
 * that captures one: a method reference or a lambda capturing nothing is an invokedynamic call
 * site that JDK 17 links at every start (~0.13 ms each; the table had ~300 of them).
 */
class SyscallTableHandlersTest {
    @Test
    void handlersAreNamedClassesNotMethodReferences() {
        List<String> lambdas = new ArrayList<>();
        int rows = 0, named = 0;
        for (int n = 0; n < SyscallTable.SIZE; n++) {
            Syscall s = SyscallTable.get().get(n);
            if (s == null) {
                continue;
            }
            rows++;
            Class<?> c = s.handler().getClass();
            if (c.isHidden() && c.getDeclaredFields().length == 0) {
                lambdas.add(s.name() + " " + c.getName());
            } else if (c.getEnclosingClass() != null && c.getEnclosingClass().getSimpleName().endsWith("Sem")) {
                named++;
            }
        }
        assertEquals(List.of(), lambdas, "syscall rows whose handler is a non-capturing lambda");
        assertTrue(rows > 200 && named * 10 > rows * 9, named + " of " + rows + " rows call a generated constant directly");
    }
}
