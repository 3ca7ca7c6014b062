package dev.ring3.semgen;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Writes the {@code XSem} class of each {@link Semantics} class {@code X}: one constant per
 * static method matching the interface's abstract method, each an instance of a nested class
 * that calls the method. Run by interp's compiler (named with {@code -processor}, so it runs on
 * every JDK whatever its default for processors found on the class path).
 */
@SupportedAnnotationTypes("dev.ring3.semgen.Semantics")
public final class SemanticsProcessor extends AbstractProcessor {
    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element e : round.getElementsAnnotatedWith(Semantics.class)) {
            if (e.getKind() != ElementKind.CLASS) {
                error(e, "@Semantics belongs on a class");
                continue;
            }
            TypeElement holder = (TypeElement) e;
            TypeElement iface = interfaceOf(holder);
            ExecutableElement sam = iface == null ? null : abstractMethod(iface);
            if (sam == null) {
                error(holder, "@Semantics needs a functional interface");
                continue;
            }
            try {
                write(holder, iface, sam);
            } catch (IOException x) {
                error(holder, "cannot write " + holder.getSimpleName() + "Sem: " + x.getMessage());
            }
        }
        return true;
    }

    private TypeElement interfaceOf(TypeElement holder) {
        for (AnnotationMirror m : holder.getAnnotationMirrors()) {
            if (!((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(Semantics.class.getName())) {
                continue;
            }
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v : m.getElementValues().entrySet()) {
                if (v.getKey().getSimpleName().contentEquals("value") && v.getValue().getValue() instanceof DeclaredType) {
                    Element t = ((DeclaredType) v.getValue().getValue()).asElement();
                    return t.getKind() == ElementKind.INTERFACE ? (TypeElement) t : null;
                }
            }
        }
        return null;
    }

    private static ExecutableElement abstractMethod(TypeElement iface) {
        ExecutableElement found = null;
        for (ExecutableElement m : ElementFilter.methodsIn(iface.getEnclosedElements())) {
            if (m.getModifiers().contains(Modifier.ABSTRACT)) {
                if (found != null) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    private boolean matches(ExecutableElement m, ExecutableElement sam) {
        Types types = processingEnv.getTypeUtils();
        Set<Modifier> mods = m.getModifiers();
        if (!mods.contains(Modifier.STATIC) || mods.contains(Modifier.PRIVATE) || !m.getTypeParameters().isEmpty()
                || m.isVarArgs() || !types.isSameType(m.getReturnType(), sam.getReturnType())) {
            return false;
        }
        List<? extends VariableElement> a = m.getParameters(), b = sam.getParameters();
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (!types.isSameType(a.get(k).asType(), b.get(k).asType())) {
                return false;
            }
        }
        return true;
    }

    private void write(TypeElement holder, TypeElement iface, ExecutableElement sam) throws IOException {
        String pkg = ((PackageElement) holder.getEnclosingElement()).getQualifiedName().toString();
        if (holder.getNestingKind().isNested()) {
            error(holder, "@Semantics belongs on a top-level class");
            return;
        }
        String name = holder.getSimpleName() + "Sem";
        List<ExecutableElement> methods = new ArrayList<>();
        Set<String> classes = new HashSet<>();
        for (ExecutableElement m : ElementFilter.methodsIn(holder.getEnclosedElements())) {
            if (matches(m, sam)) {
                String cls = className(m);
                if (!classes.add(cls)) {
                    error(m, "two semantic methods would both be " + name + "." + cls);
                    return;
                }
                methods.add(m);
            }
        }
        StringBuilder params = new StringBuilder(), args = new StringBuilder();
        for (int k = 0; k < sam.getParameters().size(); k++) {
            TypeMirror t = sam.getParameters().get(k).asType();
            params.append(k == 0 ? "" : ", ").append(t).append(" a").append(k);
            args.append(k == 0 ? "" : ", ").append('a').append(k);
        }
        StringBuilder thrown = new StringBuilder();
        for (TypeMirror t : sam.getThrownTypes()) {
            thrown.append(thrown.length() == 0 ? " throws " : ", ").append(t);
        }
        boolean isVoid = sam.getReturnType().getKind() == TypeKind.VOID;
        String ifaceName = iface.getQualifiedName().toString();
        StringBuilder s = new StringBuilder();
        s.append("package ").append(pkg).append(";\n\n");
        s.append("/** The semantics of {@link ").append(holder.getSimpleName()).append("} as {@link ").append(ifaceName)
                .append("} constants, written by dev.ring3.semgen.SemanticsProcessor. */\n");
        s.append("final class ").append(name).append(" {\n");
        s.append("    private ").append(name).append("() {}\n\n");
        for (ExecutableElement m : methods) {
            String cls = className(m);
            s.append("    static final ").append(ifaceName).append(' ').append(m.getSimpleName())
                    .append(" = new ").append(cls).append("();\n");
        }
        for (ExecutableElement m : methods) {
            String cls = className(m);
            s.append("\n    private static final class ").append(cls).append(" implements ").append(ifaceName).append(" {\n");
            s.append("        @Override\n        public ").append(sam.getReturnType()).append(' ').append(sam.getSimpleName())
                    .append('(').append(params).append(')').append(thrown).append(" {\n");
            s.append("            ").append(isVoid ? "" : "return ").append(holder.getSimpleName()).append('.')
                    .append(m.getSimpleName()).append('(').append(args).append(");\n");
            s.append("        }\n    }\n");
        }
        s.append("}\n");
        try (Writer w = processingEnv.getFiler().createSourceFile(pkg + "." + name, holder).openWriter()) {
            w.write(s.toString());
        }
    }

    /** The nested class behind a method's constant: its name capitalised ({@code addEvGv} -> {@code AddEvGv}). */
    private static String className(ExecutableElement m) {
        String n = m.getSimpleName().toString();
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private void error(Element e, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, e);
    }
}
