package dev.ring3.interp;

import java.util.List;

/** A file of opcode-table rows; {@link #ALL} lists every one the table is built from. */
@FunctionalInterface
public interface RowSource {
    void register(OpcodeTable.Builder b);

    List<RowSource> ALL = List.of(
            AluRows::register,
            MoveRows::register,
            ControlRows::register,
            StringRows::register,
            SystemRows::register,
            SseRows::register,
            Sse42Rows::register,
            MmxRows::register,
            X87Rows::register,
            BmiRows::register);
}
