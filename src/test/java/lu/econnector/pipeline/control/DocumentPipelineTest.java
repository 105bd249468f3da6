package lu.econnector.pipeline.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import lu.econnector.auth.entity.Professional;
import lu.econnector.config.entity.PadesLevel;
import lu.econnector.pipeline.entity.MessageId;
import lu.econnector.pipeline.entity.SignedDocument;
import lu.econnector.pipeline.entity.SubmissionReceipt;
import lu.econnector.signature.control.DocumentSigning;
import lu.econnector.template.control.DocumentRendering;
import lu.econnector.template.entity.RenderedDocument;
import lu.econnector.template.entity.SemanticVersion;
import lu.econnector.template.entity.TemplateReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stages stand in for the renderer, the KMS and mySecu; what they hand each other is real. */
class DocumentPipelineTest {

    static final Professional MULLER = new Professional("sub", "dr.muller", "Dr Anne Muller", "90812100",
            "19780312045", "vendor", "token");
    static final TemplateReference MH = new TemplateReference("mh", new SemanticVersion(1, 2, 0));

    final List<String> rendered = new ArrayList<>();
    final List<String> deposited = new ArrayList<>();
    boolean mySecuReplays;
    DocumentPipeline cut;

    @BeforeEach
    void pipeline() {
        cut = new DocumentPipeline();
        cut.rendering = new DocumentRendering() {
            @Override
            public RenderedDocument render(String templateId, String body, Professional professional) {
                rendered.add(body);
                return new RenderedDocument(MH, ("rendered " + body).getBytes(StandardCharsets.UTF_8));
            }
        };
        cut.signing = new DocumentSigning() {
            @Override
            public PadesLevel level() {
                return PadesLevel.LT;
            }

            @Override
            public byte[] sign(byte[] pdf, Professional professional) {
                return ("signed by " + professional.psCode() + ": " + new String(pdf, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
            }
        };
        cut.deposit = new Deposit() {
            @Override
            public SubmissionReceipt deposit(TemplateReference template, byte[] signedPdf, Professional professional,
                                             MessageId messageId) {
                deposited.add(template + ": " + new String(signedPdf, StandardCharsets.UTF_8));
                Instant now = Instant.parse("2026-12-03T07:00:00Z");
                return mySecuReplays ? SubmissionReceipt.replayed(messageId.value(), "REF-1", now)
                        : new SubmissionReceipt(messageId.value(), "REF-" + deposited.size(), now, false,
                        template.id(), template.version().toString(), "sha", null);
            }
        };
        cut.idempotent = new IdempotentSubmissions() {
            final InstanceLedger ledger = new InstanceLedger(Clock.systemUTC());

            @Override
            public SubmissionReceipt once(String messageId, String requestHash, Supplier<SubmissionReceipt> work) {
                return ledger.once(messageId, requestHash, work);
            }
        };
    }

    @Test
    void aSignedDocumentNamesTheTemplateItWasRenderedWithAndTheLevelItWasSignedAt() {
        SignedDocument signed = cut.sign("mh", "{}", MULLER);

        assertThat(signed.template()).isEqualTo(MH);
        assertThat(signed.level()).isEqualTo(PadesLevel.LT);
        assertThat(new String(signed.pdf(), StandardCharsets.UTF_8)).isEqualTo("signed by 90812100: rendered {}");
    }

    @Test
    void aSubmissionDepositsTheSignedBytesAndReturnsThemInItsReceipt() {
        SubmissionReceipt receipt = cut.submit("mh", "{}", MULLER, new MessageId("m-1", false));

        assertThat(deposited).containsExactly("mh 1.2.0: signed by 90812100: rendered {}");
        assertThat(receipt.templateVersion()).isEqualTo("1.2.0");
        assertThat(new String(Base64.getDecoder().decode(receipt.document()), StandardCharsets.UTF_8))
                .isEqualTo("signed by 90812100: rendered {}");
    }

    @Test
    void aReceiptMySecuReplayedCarriesNoDocument() {
        mySecuReplays = true;

        SubmissionReceipt receipt = cut.submit("mh", "{}", MULLER, new MessageId("m-1", false));

        assertThat(receipt.replayed()).isTrue();
        assertThat(receipt.document()).isNull();
    }

    @Test
    void aRepeatedIdempotencyKeyGetsTheFirstReceiptWithoutRenderingAgain() {
        SubmissionReceipt first = cut.submit("mh", "{}", MULLER, new MessageId("keyed", true));
        SubmissionReceipt repeat = cut.submit("mh", "{}", MULLER, new MessageId("keyed", true));

        assertThat(repeat).isEqualTo(first);
        assertThat(rendered).hasSize(1);
        assertThat(deposited).hasSize(1);
    }

    @Test
    void withoutAnIdempotencyKeyEachCallIsANewDocument() {
        cut.submit("mh", "{}", MULLER, new MessageId("m-1", false));
        cut.submit("mh", "{}", MULLER, new MessageId("m-1", false));

        assertThat(rendered).hasSize(2);
        assertThat(deposited).hasSize(2);
    }
}
