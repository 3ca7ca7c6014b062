/**
 * The JIT: counts interpreted blocks, forms regions of hot code, translates them into JVM
 * bytecode (hidden classes built with ByteBuddy's bundled ASM) and runs them, with the
 * interpreter as the fallback tier. {@link dev.ring3.jit.JitEngine} is the entry point.
 */
package dev.ring3.jit;
