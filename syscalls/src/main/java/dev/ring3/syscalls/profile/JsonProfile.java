package dev.ring3.syscalls.profile;

import dev.ring3.syscalls.Json;
import java.util.Map;

/**
 * The whole profile as one JSON object: summary numbers, every function, block and translation,
 * and the sampled stacks. Guest addresses are hex strings ("0x401000": JSON numbers are doubles);
 * shares are percentages.
 */
final class JsonProfile {
    private JsonProfile() {}

    static String render(ProfileReport r) {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("{\"program\":");
        Json.string(sb, r.program);
        Json.field(sb, "mode", r.mode);
        Json.field(sb, "threads", r.threads);
        Json.field(sb, "interval_ns", r.intervalNanos);
        Json.field(sb, "wall_ns", r.wallNanos);
        Json.field(sb, "samples", r.samples);
        Json.field(sb, "syscall_samples", r.syscallSamples);
        Json.field(sb, "instructions", r.instructions);
        Json.field(sb, "block_executions", r.executions);
        Json.field(sb, "translated_instructions", r.translatedInstructions);
        sb.append(",\"translations\":{\"count\":").append(r.regions.size());
        Json.field(sb, "bytecode_bytes", r.bytecodeBytes());
        Json.field(sb, "translation_ns", r.translationNanos()).append('}');

        sb.append(",\n\"functions\":[");
        for (int i = 0; i < r.functions.size(); i++) {
            ProfileReport.FunctionRow f = r.functions.get(i);
            sb.append(i > 0 ? ",\n" : "\n").append("{\"name\":");
            Json.string(sb, f.name);
            Json.field(sb, "image", f.image);
            Json.field(sb, "instructions", f.instructions);
            share(sb, "instruction_share", r.instructionShare(f.instructions));
            Json.field(sb, "block_executions", f.executions);
            Json.field(sb, "blocks", f.blocks);
            Json.field(sb, "self_samples", f.selfSamples);
            Json.field(sb, "total_samples", f.totalSamples);
            share(sb, "self_time_share", r.timeShare(f.selfSamples));
            share(sb, "total_time_share", r.timeShare(f.totalSamples));
            sb.append('}');
        }
        sb.append("],\n\"blocks\":[");
        for (int i = 0; i < r.blocks.size(); i++) {
            ProfileReport.BlockRow b = r.blocks.get(i);
            sb.append(i > 0 ? ",\n" : "\n").append("{\"start\":");
            hex(sb, b.start);
            hex(sb, "end", b.end);
            Json.field(sb, "image", b.image);
            Json.field(sb, "symbol", b.symbol);
            Json.field(sb, "function", b.function);
            Json.field(sb, "length", b.length);
            Json.field(sb, "executions", b.executions());
            Json.field(sb, "interpreted", b.interpreted);
            Json.field(sb, "translated", b.translated);
            Json.field(sb, "instructions", b.instructions());
            share(sb, "instruction_share", r.instructionShare(b.instructions()));
            Json.field(sb, "samples", b.samples);
            share(sb, "time_share", r.timeShare(b.samples));
            Json.field(sb, "ran", b.ran());
            sb.append(",\"region\":");
            if (b.region == null) {
                sb.append("null");
            } else {
                sb.append("{\"entry\":");
                hex(sb, b.region.entry);
                Json.field(sb, "bytecode_bytes", b.region.bytecodeBytes);
                Json.field(sb, "translation_ns", b.region.translationNanos).append('}');
            }
            sb.append('}');
        }
        sb.append("],\n\"regions\":[");
        for (int i = 0; i < r.regions.size(); i++) {
            ProfileReport.RegionRow g = r.regions.get(i);
            sb.append(i > 0 ? ",\n" : "\n").append("{\"entry\":");
            hex(sb, g.entry);
            Json.field(sb, "image", g.image);
            Json.field(sb, "symbol", g.symbol);
            Json.field(sb, "blocks", g.blocks);
            Json.field(sb, "bytecode_bytes", g.bytecodeBytes);
            Json.field(sb, "translation_ns", g.translationNanos);
            Json.field(sb, "block_executions", g.executions).append('}');
        }
        sb.append("],\n\"syscalls\":{");
        boolean first = true;
        for (Map.Entry<String, Long> e : r.syscalls.entrySet()) {
            sb.append(first ? "" : ",");
            Json.string(sb, e.getKey()).append(':').append(e.getValue());
            first = false;
        }
        sb.append("},\n\"stacks\":[");
        first = true;
        for (Map.Entry<String, Long> e : r.stacks.entrySet()) {
            sb.append(first ? "\n" : ",\n").append("{\"frames\":[");
            String[] frames = e.getKey().split(";", -1);
            for (int i = 0; i < frames.length; i++) {
                Json.string(sb.append(i > 0 ? "," : ""), frames[i]);
            }
            sb.append("],\"samples\":").append(e.getValue()).append('}');
            first = false;
        }
        return sb.append("]}\n").toString();
    }

    private static void hex(StringBuilder sb, long v) {
        sb.append("\"0x").append(Long.toHexString(v)).append('"');
    }

    /** The member {@code ,"name":"0x..."}. */
    private static void hex(StringBuilder sb, String name, long v) {
        hex(Json.key(sb, name), v);
    }

    /** The member {@code ,"name":share}, a percentage to 4 decimals. */
    private static void share(StringBuilder sb, String name, double v) {
        Json.number(Json.key(sb, name), v, 4);
    }
}
