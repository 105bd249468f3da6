package lu.econnector.platform;

import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The application's loggers. Each one prefixes its lines with the id of the request being
 * served, so an operator can follow one request through the server log. (JUL filters are
 * not inherited by child loggers, hence one call per class rather than one filter on the
 * package logger.) {@code DEBUG_LOG} sets the level of the package logger, the parent of
 * all of them, and nothing else's.
 */
public final class AppLog {

    public static final String ROOT = "lu.econnector";

    private static final Logger ROOT_LOGGER = Logger.getLogger(ROOT);
    private static final Filter REQUEST_ID_PREFIX = AppLog::prefixRequestId;

    private AppLog() {
    }

    public static Logger of(Class<?> type) {
        Logger logger = Logger.getLogger(type.getName());
        logger.setFilter(REQUEST_ID_PREFIX);
        return logger;
    }

    public static void debug(boolean enabled) {
        ROOT_LOGGER.setLevel(enabled ? Level.FINE : Level.INFO);
    }

    private static boolean prefixRequestId(LogRecord record) {
        RequestId.current().ifPresent(id -> record.setMessage("[requestId=" + id + "] " + record.getMessage()));
        return true;
    }
}
