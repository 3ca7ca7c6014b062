package dev.ring3.mmu;

/** The kind of guest memory access, as a fault reports it. */
public enum Access {
    READ("read"), WRITE("write"), EXECUTE("execute");

    final String word;

    Access(String word) { this.word = word; }

    public String word() { return word; }
}
