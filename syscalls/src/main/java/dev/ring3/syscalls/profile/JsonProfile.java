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
        sb.append(",\"mode\":");
        Json.string(sb, r.mode);
        sb.append(",\"threads\":").append(r.threads);
        sb.append(",\"interval_ns\":").append(r.intervalNanos);
        sb.append(",\"wall_ns\":").append(r.wallNanos);
        sb.append(",\"samples\":").append(r.samples);
        sb.append(",\"syscall_samples\":").append(r.syscallSamples);
        sb.append(",\"instructions\":").append(r.instructions);
        sb.append(",\"block_executions\":").append(r.executions);
        sb.append(",\"translated_instructions\":").append(r.translatedInstructions);
        sb.append(",\"translations\":{\"count\":").append(r.regions.size());
        sb.append(",\"bytecode_bytes\":").append(r.bytecodeBytes());
        sb.append(",\"translation_ns\":").append(r.translationNanos()).append('}');

        sb.append(",\n\"functions\":[");
        for (int i = 0; i < r.functions.size(); i++) {
            ProfileReport.FunctionRow f = r.functions.get(i);
            sb.append(i > 0 ? ",\n" : "\n").append("{\"name\":");
            Json.string(sb, f.name);
            sb.append(",\"image\":");
            Json.string(sb, f.image);
            sb.append(",\"instructions\":").append(f.instructions);
            sb.append(",\"instruction_share\":");
            Json.number(sb, r.instructionShare(f.instructions), 4);
            sb.append(",\"block_executions\":").append(f.executions);
            sb.append(",\"blocks\":").append(f.blocks);
            sb.append(",\"self_samples\":").append(f.selfSamples);
            sb.append(",\"total_samples\":").append(f.totalSamples);
            sb.append(",\"self_time_share\":");
            Json.number(sb, r.timeShare(f.selfSamples), 4);
            sb.append(",\"total_time_share\":");
            Json.number(sb, r.timeShare(f.totalSamples), 4);
            sb.append('}');
        }
        sb.append("],\n\"blocks\":[");
        for (int i = 0; i < r.blocks.size(); i++) {
            ProfileReport.BlockRow b = r.blocks.get(i);
            sb.append(i > 0 ? ",\n" : "\n").append("{\"start\":");
            hex(sb, b.start);
            sb.append(",\"end\":");
            hex(sb, b.end);
            sb.append(",\"image\":");
            Json.string(sb, b.image);
            sb.append(",\"symbol\":");
            Json.string(sb, b.symbol);
            sb.append(",\"function\":");
            Json.string(sb, b.function);
            sb.append(",\"length\":").append(b.length);
            sb.append(",\"executions\":").append(b.executions());
            sb.append(",\"interpreted\":").append(b.interpreted);
            sb.append(",\"translated\":").append(b.translated);
            sb.append(",\"instructions\":").append(b.instructions());
            sb.append(",\"instruction_share\":");
            Json.number(sb, r.instructionShare(b.instructions()), 4);
            sb.append(",\"samples\":").append(b.samples);
            sb.append(",\"time_share\":");
            Json.number(sb, r.timeShare(b.samples), 4);
            sb.append(",\"ran\":");
            Json.string(sb, b.ran());
            sb.append(",\"region\":");
            if (b.region == null) {
                sb.append("null");
            } else {
                sb.append("{\"entry\":");
                hex(sb, b.region.entry);
                sb.append(",\"bytecode_bytes\":").append(b.region.bytecodeBytes);
                sb.append(",\"translation_ns\":").append(b.region.translationNanos).append('}');
            }
            sb.append('}');
        }
        sb.append("],\n\"regions\":[");
        for (int i = 0; i < r.regions.size(); i++) {
            ProfileReport.RegionRow g = r.regions.get(i);
            sb.append(i > 0 ? ",\n" : "\n").append("{\"entry\":");
            hex(sb, g.entry);
            sb.append(",\"image\":");
            Json.string(sb, g.image);
            sb.append(",\"symbol\":");
            Json.string(sb, g.symbol);
            sb.append(",\"blocks\":").append(g.blocks);
            sb.append(",\"bytecode_bytes\":").append(g.bytecodeBytes);
            sb.append(",\"translation_ns\":").append(g.translationNanos);
            sb.append(",\"block_executions\":").append(g.executions).append('}');
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
}
