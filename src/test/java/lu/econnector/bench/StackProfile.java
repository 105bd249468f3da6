package lu.econnector.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPU samples of a profile (each a stack, innermost frame first, frames as
 * {@code class.method}) and what they add up to: the frames where the CPU was spent (self),
 * the frames under which it was spent (inclusive), and the share of each {@link Stage}.
 */
final class StackProfile {

    /**
     * A part of the work, known by the frames it runs: a sample belongs to it when a frame of its
     * stack starts with one of the prefixes and, when {@code within} is not empty, another frame
     * starts with one of those (PDF parsing within DSS, say). Stages overlap (a TLS handshake
     * inside signing counts for both), so their shares do not add up to 100 %.
     */
    record Stage(String name, List<String> framePrefixes, List<String> within) {

        Stage(String name, List<String> framePrefixes) {
            this(name, framePrefixes, List.of());
        }

        boolean holds(List<String> stack) {
            return anyFrame(stack, framePrefixes) && (within.isEmpty() || anyFrame(stack, within));
        }

        private static boolean anyFrame(List<String> stack, List<String> prefixes) {
            return stack.stream().anyMatch(frame -> prefixes.stream().anyMatch(frame::startsWith));
        }
    }

    private static final List<String> PDF_PARSING = List.of("org.apache.pdfbox.Loader.", "org.apache.pdfbox.pdfparser.");

    /** The suspects of a slow pipeline, each by the frames it cannot run without. */
    static final List<Stage> STAGES = List.of(
            new Stage("token check (auth)", List.of("lu.econnector.auth.")),
            new Stage("template: validation + rendering", List.of("lu.econnector.template.control.")),
            new Stage("  font parsing/subsetting (fontbox)", List.of("org.apache.fontbox.",
                    "org.apache.pdfbox.pdmodel.font.PDType0Font.load", "org.apache.pdfbox.pdmodel.font.TrueTypeEmbedder")),
            new Stage("  JSON Schema (networknt)", List.of("com.networknt.")),
            // control only: the /signed resource (signature.boundary) holds the rendering too.
            new Stage("signature: KMS + DSS", List.of("lu.econnector.signature.control.")),
            new Stage("  DSS", List.of("eu.europa.esig.")),
            new Stage("  PDF parsing within DSS", PDF_PARSING, List.of("eu.europa.esig.")),
            new Stage("deposit: STS + syncexchange (mySecu)", List.of("lu.econnector.mysecu.control.")),
            new Stage("  Metro (JAX-WS runtime)", List.of("com.sun.xml.ws.")),
            new Stage("  JAX-WS/JAXB set-up (service, port, model, context)", List.of(
                    "com.sun.xml.ws.client.WSServiceDelegate.<init>", "com.sun.xml.ws.client.WSServiceDelegate.getPort",
                    "com.sun.xml.ws.model.RuntimeModeler.", "org.glassfish.jaxb.runtime.v2.runtime.JAXBContextImpl.<init>",
                    "jakarta.xml.ws.Service.<init>", "jakarta.xml.ws.Service.create")),
            new Stage("  WSS4J / XML Security", List.of("org.apache.wss4j.", "org.apache.xml.security.",
                    "org.jcp.xml.dsig.")),
            new Stage("  XML signature verification", List.of(
                    "org.apache.xml.security.signature.XMLSignature.checkSignatureValue",
                    "org.jcp.xml.dsig.internal.dom.DOMXMLSignature.validate",
                    "org.apache.wss4j.dom.processor.SignatureProcessor.")),
            new Stage("TLS handshakes", List.of("sun.security.ssl.HandshakeContext.", "sun.security.ssl.TransportContext.kickstart",
                    "sun.security.ssl.SSLSocketImpl.startHandshake", "sun.security.ssl.SSLEngineImpl.beginHandshake")),
            new Stage("inbound TLS: vendors' connections (Grizzly SSL filter)", List.of("org.glassfish.grizzly.ssl.")),
            new Stage("service-provider look-ups", List.of("java.util.ServiceLoader", "jakarta.json.spi.JsonProvider.provider",
                    "javax.xml.parsers.FactoryFinder", "javax.xml.stream.FactoryFinder", "javax.xml.transform.FactoryFinder",
                    "javax.xml.datatype.FactoryFinder", "jakarta.xml.soap.FactoryFinder", "jakarta.xml.ws.spi.FactoryFinder",
                    "jakarta.xml.bind.ContextFinder")),
            new Stage("class loading / jar look-ups", List.of("java.lang.ClassLoader.loadClass", "java.util.zip.",
                    "java.util.jar.", "jdk.internal.loader.", "java.net.URLClassLoader", "com.sun.enterprise.loader.",
                    "org.glassfish.web.loader.")),
            new Stage("PDF parsing (PDFBox), anywhere", PDF_PARSING),
            new Stage("byte-array copies", List.of("java.util.Arrays.copyOf", "java.io.ByteArrayOutputStream.toByteArray",
                    "java.io.ByteArrayOutputStream.write", "java.io.ByteArrayOutputStream.ensureCapacity")),
            new Stage("logging", List.of("java.util.logging.", "com.sun.enterprise.server.logging.",
                    "fish.payara.logging.")));

    private final List<List<String>> stacks = new ArrayList<>();

    /** @param stack innermost frame first; an empty stack is not a sample */
    void add(List<String> stack) {
        if (!stack.isEmpty()) {
            stacks.add(List.copyOf(stack));
        }
    }

    int samples() {
        return stacks.size();
    }

    /** Share of the samples in the stage, 0 to 1. */
    double share(Stage stage) {
        return stacks.isEmpty() ? 0 : (double) stacks.stream().filter(stage::holds).count() / stacks.size();
    }

    /** The innermost frames, most sampled first: where the CPU went. */
    List<Map.Entry<String, Long>> topSelf(int limit) {
        return top(stacks, limit, stack -> Set.of(stack.get(0)));
    }

    /** The innermost frames of the stage's samples: where the stage spends its CPU. */
    List<Map.Entry<String, Long>> topSelf(Stage stage, int limit) {
        return top(stacks.stream().filter(stage::holds).toList(), limit, stack -> Set.of(stack.get(0)));
    }

    /** The frames most often on the stack (each counted once per sample, recursion or not). */
    List<Map.Entry<String, Long>> topInclusive(int limit) {
        return topInclusive("", limit);
    }

    /** As {@link #topInclusive(int)}, among the frames starting with the prefix (a package, say). */
    List<Map.Entry<String, Long>> topInclusive(String prefix, int limit) {
        return top(stacks, limit, stack -> stack.stream().filter(frame -> frame.startsWith(prefix))
                .collect(java.util.stream.Collectors.toSet()));
    }

    private static List<Map.Entry<String, Long>> top(List<List<String>> stacks, int limit,
                                                     java.util.function.Function<List<String>, Set<String>> frames) {
        Map<String, Long> counts = new HashMap<>();
        for (List<String> stack : stacks) {
            frames.apply(stack).forEach(frame -> counts.merge(frame, 1L, Long::sum));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).toList();
    }
}
