package dev.ring3.syscalls.profile;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** A JDK Flight Recorder event per guest syscall; its duration is the call's time in ring3. */
@Name("dev.ring3.Syscall")
@Label("Guest Syscall")
@Category({"ring3", "Syscalls"})
@Description("A system call made by the guest program, as ring3 served it")
@StackTrace(false)
final class SyscallEvent extends Event {
    @Label("Number")
    long number;

    @Label("Name")
    String name;

    @Label("Result")
    @Description("What RAX received: a value, or -errno")
    long result;

    @Label("Error")
    @Description("The errno name when the call failed")
    String error;

    @Label("Guest Process")
    int pid;

    @Label("Guest Thread")
    int tid;
}
