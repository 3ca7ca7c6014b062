package dev.ring3.syscalls.trace;

import dev.ring3.mmu.AddressSpace;

/**
 * System V shared memory structures as strace 6.1 prints them (its ipc_shmctl.c): shmctl's buffer
 * by command, struct shmid64_ds for IPC_STAT, SHM_STAT and IPC_SET, shminfo64 for IPC_INFO and
 * shm_info for SHM_INFO; other commands show the address.
 */
final class IpcFormat {
    private static final int IPC_SET = 1, IPC_STAT = 2, IPC_INFO = 3, SHM_STAT = 13, SHM_INFO = 14, SHM_STAT_ANY = 15;

    private IpcFormat() {}

    static void shmctlBuf(StringBuilder sb, AddressSpace m, long cmd, long v) {
        switch ((int) cmd) {
            case IPC_STAT: case SHM_STAT: case SHM_STAT_ANY: case IPC_SET:
                shmidDs(sb, m, v, cmd == IPC_SET);
                break;
            case IPC_INFO: {
                String[] names = {"shmmax", "shmmin", "shmmni", "shmseg", "shmall"};
                sb.append('{');
                for (int i = 0; i < names.length; i++) {
                    sb.append(i == 0 ? "" : ", ").append(names[i]).append('=')
                            .append(Long.toUnsignedString(m.read64(v + 8L * i)));
                }
                sb.append('}');
                break;
            }
            case SHM_INFO: {
                String[] names = {"shm_tot", "shm_rss", "shm_swp", "swap_attempts", "swap_successes"};
                sb.append("{used_ids=").append(m.read32(v));
                for (int i = 0; i < names.length; i++) {
                    sb.append(", ").append(names[i]).append('=').append(Long.toUnsignedString(m.read64(v + 8 + 8L * i)));
                }
                sb.append('}');
                break;
            }
            default:
                ArgFormat.address(sb, v);
        }
    }

    private static void shmidDs(StringBuilder sb, AddressSpace m, long v, boolean set) {
        sb.append("{shm_perm={uid=").append(m.read32(v + 4)).append(", gid=").append(m.read32(v + 8)).append(", mode=");
        int mode = m.read32(v + 20);
        sb.append(mode == 0 ? "0" : "0" + Integer.toOctalString(mode));
        if (!set) {
            sb.append(", key=").append(Integer.toUnsignedString(m.read32(v))).append(", cuid=").append(m.read32(v + 12))
                    .append(", cgid=").append(m.read32(v + 16));
        }
        sb.append('}');
        if (!set) {
            sb.append(", shm_segsz=").append(Long.toUnsignedString(m.read64(v + 48)))
                    .append(", shm_cpid=").append(m.read32(v + 80)).append(", shm_lpid=").append(m.read32(v + 84))
                    .append(", shm_nattch=").append(Long.toUnsignedString(m.read64(v + 88)))
                    .append(", shm_atime=").append(m.read64(v + 56)).append(", shm_dtime=").append(m.read64(v + 64))
                    .append(", shm_ctime=").append(m.read64(v + 72));
        }
        sb.append('}');
    }
}
