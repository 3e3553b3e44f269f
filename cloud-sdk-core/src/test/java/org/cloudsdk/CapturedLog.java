package org.cloudsdk;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;

/**
 * Collects everything one logger (and its children) writes, at every level, while open. The
 * logger's level is set to DEBUG while capturing and restored on close.
 */
public final class CapturedLog implements AutoCloseable {

    /** The logger of the transport's debug log. */
    public static final String WIRE = "org.cloudsdk.http.wire";

    private final Logger logger;
    private final Level previousLevel;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLog(String name) {
        this.logger = (Logger) LoggerFactory.getLogger(name);
        this.previousLevel = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
    }

    /** @param loggerName a logger name @return a capture of it and its children */
    public static CapturedLog of(String loggerName) {
        return new CapturedLog(loggerName);
    }

    /** @return every message so far, formatted, with the stack trace of a logged exception appended */
    public List<String> messages() {
        synchronized (appender) {
            List<String> messages = new ArrayList<>();
            for (ILoggingEvent event : appender.list) {
                String text = event.getFormattedMessage();
                if (event.getThrowableProxy() != null) {
                    text = text + "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
                }
                messages.add(text);
            }
            return messages;
        }
    }

    /** @param prefix such as {@code REQ: } @return the messages that start with it */
    public List<String> startingWith(String prefix) {
        return messages().stream().filter(message -> message.startsWith(prefix)).toList();
    }

    /** Forgets what was captured so far. */
    public void clear() {
        synchronized (appender) {
            appender.list.clear();
        }
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
        logger.setLevel(previousLevel);
    }
}
