package io.claimtracker.query;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;

/**
 * When a test fails because an answer never came ("Timeout on blocking read"), prints every thread's stack to
 * standard error before the failure propagates: the one clue a hang on a CI machine leaves behind.
 */
class ThreadDumpOnTimeout implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (String.valueOf(failure.getMessage()).contains("Timeout on blocking read")) {
            StringBuilder dump = new StringBuilder("Threads when " + context.getDisplayName() + " timed out:\n");
            for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
                dump.append('"').append(thread.getThreadName()).append("\" ").append(thread.getThreadState()).append('\n');
                for (StackTraceElement frame : thread.getStackTrace()) {
                    dump.append("    at ").append(frame).append('\n');
                }
            }
            System.err.println(dump);
        }
        throw failure;
    }
}
