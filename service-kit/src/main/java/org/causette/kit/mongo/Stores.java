package org.causette.kit.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;

/** Small helpers every store needs. */
public final class Stores {
    private Stores() {
    }

    public static boolean isDuplicateKey(MongoException e) {
        return (e instanceof MongoWriteException w && w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY)
                || e.getCode() == 11000;
    }
}
