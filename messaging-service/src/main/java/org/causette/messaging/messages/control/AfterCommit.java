package org.causette.messaging.messages.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Runs bookkeeping once the surrounding container transaction (an MDB's) has committed, or at once without one. */
@ApplicationScoped
public class AfterCommit {
    private static final System.Logger LOG = System.getLogger(AfterCommit.class.getName());

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry registry;

    public void run(Runnable action) {
        if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            action.run();
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    action.run();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "after-commit bookkeeping failed: {0}", e.getClass().getName());
                }
            }
        });
    }
}
