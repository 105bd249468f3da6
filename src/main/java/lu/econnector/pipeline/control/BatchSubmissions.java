package lu.econnector.pipeline.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import lu.econnector.auth.entity.Professional;
import lu.econnector.pipeline.entity.BatchItem;
import lu.econnector.pipeline.entity.ItemOutcome;
import lu.econnector.pipeline.entity.MessageId;
import lu.econnector.platform.RequestId;
import lu.econnector.template.control.TemplateCatalog;
import lu.econnector.template.control.UnknownTemplateException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * Many documents of one template at once (end-of-day fee notes): each item is a single
 * submission ({@link DocumentPipeline#submit}), with its own message id and idempotency, run
 * {@link #ITEMS_AT_ONCE} at a time. An item that fails is an outcome, not the batch's failure,
 * and the outcomes keep the items' order.
 *
 * <p>The request's thread works through the items with up to {@code ITEMS_AT_ONCE - 1} helpers
 * from the server's managed executor, each taking the next item when it is done: a batch never
 * holds more than that many threads, however long, and still finishes on the request's thread
 * alone when the executor has no thread to spare.
 *
 * <p>All batches together run at most {@link #ITEMS_IN_ALL_BATCHES} items at once, in the order
 * they came: concurrent batches queue here rather than overflow the signing bulkhead, whose
 * other places stay free for single submissions. An item that still finds the bulkhead full
 * (single submissions took it) is tried again after a pause, a few times, before it is answered
 * 503.
 */
@ApplicationScoped
public class BatchSubmissions {

    /** Enough for a day's fee notes of a practice; larger sets go in several batches. */
    public static final int MAX_ITEMS = 100;

    /** A few documents at once keep both cores busy while one waits for the KMS or mySecu. */
    static final int ITEMS_AT_ONCE = 4;

    /** Half the signing bulkhead's places: the other half is for single submissions. */
    static final int ITEMS_IN_ALL_BATCHES = 8;

    /** A full bulkhead frees a place within a document's time; past that, the item answers 503. */
    private static final int TRIES_WHEN_BUSY = 4;
    private static final long PAUSE_WHEN_BUSY_MILLIS = 100;

    private final Semaphore itemPlaces = new Semaphore(ITEMS_IN_ALL_BATCHES, true);

    @Resource
    ManagedExecutorService executor;

    @Inject
    DocumentPipeline pipeline;

    @Inject
    TemplateCatalog catalog;

    /** @throws UnknownTemplateException 404 for the whole batch: no item could be rendered */
    public List<ItemOutcome> submit(String templateId, List<BatchItem> items, Professional professional) {
        catalog.template(templateId);
        ItemOutcome[] outcomes = new ItemOutcome[items.size()];
        AtomicInteger next = new AtomicInteger();
        Optional<String> requestId = RequestId.current();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                outcomes[i] = inItsTurn(templateId, items.get(i), professional);
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        for (int n = 1; n < Math.min(ITEMS_AT_ONCE, items.size()); n++) {
            try {
                helpers.add(executor.submit(() -> onBehalfOf(requestId, worker)));
            } catch (RejectedExecutionException busy) {
                break; // the request's thread and the helpers already started do the rest
            }
        }
        worker.run();
        helpers.forEach(BatchSubmissions::await);
        return Arrays.asList(outcomes);
    }

    private ItemOutcome inItsTurn(String templateId, BatchItem item, Professional professional) {
        try {
            itemPlaces.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the batch's items waited for their turn", e);
        }
        try {
            return outcome(templateId, item, professional);
        } finally {
            itemPlaces.release();
        }
    }

    private ItemOutcome outcome(String templateId, BatchItem item, Professional professional) {
        MessageId messageId = null;
        for (int attempt = 1; ; attempt++) {
            try {
                messageId = IdempotentSubmissions.messageIdFor(professional, item.idempotencyKey());
                return new ItemOutcome.Submitted(item.idempotencyKey(),
                        pipeline.submit(templateId, item.data(), professional, messageId));
            } catch (RuntimeException failure) {
                if (!isBusy(failure) || attempt == TRIES_WHEN_BUSY || !pausedFor(attempt)) {
                    return new ItemOutcome.Failed(item.idempotencyKey(),
                            messageId == null ? null : messageId.value(), failure);
                }
            }
        }
    }

    /** A full bulkhead: nothing was done for the item, so trying again is safe. */
    private static boolean isBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BulkheadException) {
                return true;
            }
        }
        return false;
    }

    private static boolean pausedFor(int attempt) {
        try {
            Thread.sleep(PAUSE_WHEN_BUSY_MILLIS * attempt);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A helper's log lines name the batch's request, as the request thread's do. */
    private static void onBehalfOf(Optional<String> requestId, Runnable worker) {
        requestId.ifPresent(RequestId::bind);
        try {
            worker.run();
        } finally {
            RequestId.unbind();
        }
    }

    private static void await(Future<?> helper) {
        try {
            helper.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the batch's items were being submitted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch worker failed outside any item", e.getCause());
        }
    }
}
