/** The JIT: translates hot guest code into JVM bytecode with ByteBuddy (being written). */
package dev.ring3.jit;
