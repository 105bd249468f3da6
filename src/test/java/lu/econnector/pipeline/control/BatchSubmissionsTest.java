package lu.econnector.pipeline.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import lu.econnector.Fake;
import lu.econnector.auth.entity.Professional;
import lu.econnector.pipeline.entity.BatchItem;
import lu.econnector.pipeline.entity.ItemOutcome;
import lu.econnector.pipeline.entity.MessageId;
import lu.econnector.pipeline.entity.SubmissionReceipt;
import lu.econnector.platform.FieldError;
import lu.econnector.template.control.TemplateCatalog;
import lu.econnector.template.control.TemplateDataInvalidException;
import lu.econnector.template.entity.TemplatePackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fan-out over single submissions; the pipeline stands in, the threads are real. */
class BatchSubmissionsTest {

    final ExecutorService threads = Executors.newCachedThreadPool();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final List<String> notJoined = new ArrayList<>();
    CountDownLatch together = new CountDownLatch(0);
    BatchSubmissions cut;

    @BeforeEach
    void batches() {
        cut = new BatchSubmissions();
        cut.executor = Fake.of(ManagedExecutorService.class, (method, arguments) -> {
            if (method.equals("submit")) {
                return threads.submit((Runnable) arguments[0]);
            }
            throw Fake.unexpected(method);
        });
        cut.catalog = new TemplateCatalog() {
            @Override
            public TemplatePackage template(String id) {
                return TemplateVersionParameterTest.ACTIVE_MH;
            }
        };
        cut.pipeline = new DocumentPipeline() {
            @Override
            public SubmissionReceipt submit(String templateId, String data, Professional professional,
                                            MessageId messageId) {
                mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    together.countDown();
                    if (!together.await(10, TimeUnit.SECONDS)) {
                        notJoined.add(data);
                    }
                    if (data.startsWith("invalid")) {
                        throw new TemplateDataInvalidException("mh", List.of(new FieldError("/acts", "required")));
                    }
                    return new SubmissionReceipt(messageId.value(), "REF-" + data, Instant.EPOCH, false, "mh", "1.3.0",
                            "sha", null);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        };
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void theOutcomesFollowTheItemsOrderAndAFailedItemStopsNoOther() {
        List<BatchItem> items = IntStream.range(0, 12)
                .mapToObj(i -> new BatchItem("key-" + i, (i == 5 ? "invalid-" : "doc-") + i)).toList();

        List<ItemOutcome> outcomes = cut.submit("mh", items, DocumentPipelineTest.MULLER);

        assertThat(outcomes).extracting(ItemOutcome::idempotencyKey)
                .containsExactlyElementsOf(items.stream().map(BatchItem::idempotencyKey).toList());
        assertThat(outcomes.get(5)).isInstanceOfSatisfying(ItemOutcome.Failed.class, failed -> {
            assertThat(failed.failure()).isInstanceOf(TemplateDataInvalidException.class);
            assertThat(failed.messageId()).matches("[A-Za-z0-9_-]{43}");
        });
        assertThat(outcomes).filteredOn(ItemOutcome.Submitted.class::isInstance).hasSize(11)
                .allSatisfy(outcome -> assertThat(((ItemOutcome.Submitted) outcome).receipt().mysecuReference())
                        .isEqualTo("REF-doc-" + outcome.idempotencyKey().substring("key-".length())));
    }

    @Test
    void itemsRunSeveralAtOnceButNeverMoreThanTheBound() {
        together = new CountDownLatch(BatchSubmissions.ITEMS_AT_ONCE);
        List<BatchItem> items = IntStream.range(0, 20).mapToObj(i -> new BatchItem(null, "doc-" + i)).toList();

        cut.submit("mh", items, DocumentPipelineTest.MULLER);

        assertThat(notJoined).as("items that waited in vain for others to run beside them").isEmpty();
        assertThat(mostAtOnce.get()).isEqualTo(BatchSubmissions.ITEMS_AT_ONCE);
    }

    @Test
    void aMalformedKeyIsItsItemsBadRequestAlone() {
        List<ItemOutcome> outcomes = cut.submit("mh",
                List.of(new BatchItem("not a key", "doc-0"), new BatchItem("fine", "doc-1")), DocumentPipelineTest.MULLER);

        assertThat(outcomes.get(0)).isInstanceOfSatisfying(ItemOutcome.Failed.class, failed -> {
            assertThat(failed.failure()).isInstanceOf(InvalidIdempotencyKeyException.class);
            assertThat(failed.messageId()).isNull();
        });
        assertThat(outcomes.get(1)).isInstanceOf(ItemOutcome.Submitted.class);
    }

    @Test
    void keylessItemsEachGoUnderANewMessageId() {
        List<ItemOutcome> outcomes = cut.submit("mh",
                List.of(new BatchItem(null, "doc-0"), new BatchItem(null, "doc-0")), DocumentPipelineTest.MULLER);

        assertThat(outcomes).extracting(outcome -> ((ItemOutcome.Submitted) outcome).receipt().messageId())
                .doesNotHaveDuplicates();
    }
}
