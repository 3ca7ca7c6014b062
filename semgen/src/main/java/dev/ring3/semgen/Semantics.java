package dev.ring3.semgen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of static semantic methods: {@link SemanticsProcessor} writes beside it a class
 * named after it plus {@code Sem} holding, for each static method whose signature is that of
 * {@link #value()}'s one abstract method, a constant of that interface calling the method
 * ({@code AluSem.addEvGv} for {@code Alu.addEvGv}), implemented by a named nested class.
 *
 * <p>Why not method references: each one is an invokedynamic call site that the JVM links at its
 * first run, and JDK 17's class-data archive keeps the lambda classes but not the linked call
 * sites: the opcode table's ~730 references cost ~100 ms of every start. Plain classes load from
 * the archive in ~15 microseconds each.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface Semantics {
    /** The functional interface the constants implement. */
    Class<?> value();
}
