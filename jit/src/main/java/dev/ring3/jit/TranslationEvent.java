package dev.ring3.jit;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A JDK Flight Recorder event per translated region (its duration is the translation time), so
 * that a recording started with {@code -XX:StartFlightRecording} shows what the JIT translated and
 * what it cost. JFR makes it free when no recording runs.
 */
@Name("dev.ring3.Translation")
@Label("Guest Region Translation")
@Category({"ring3", "JIT"})
@Description("A region of hot guest code translated to a JVM method")
@StackTrace(false)
final class TranslationEvent extends Event {
    @Label("Entry Address")
    @Description("Guest address of the region's entry block")
    long entry;

    @Label("Entry")
    @Description("The entry address in hex")
    String address;

    @Label("Blocks")
    int blocks;

    @Label("Guest Instructions")
    int instructions;

    @Label("Guest Code Size")
    @DataAmount
    long guestBytes;

    @Label("Bytecode Size")
    @Description("Bytes of JVM bytecode in the generated method")
    @DataAmount
    int bytecodeBytes;

    @Label("Translated")
    @Description("False when the region could not be translated (over budget or a failure)")
    boolean translated;
}
