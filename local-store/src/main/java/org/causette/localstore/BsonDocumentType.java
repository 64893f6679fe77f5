package org.causette.localstore;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

/**
 * Stored documents as BSON, the bytes they arrived in. H2's default type writes them with Java serialization, which
 * was the largest part of the store's CPU per message (every page write re-serialises each document on the page).
 */
final class BsonDocumentType extends BasicDataType<Document> {
    static final BsonDocumentType INSTANCE = new BsonDocumentType();
    /** One growing buffer per writing thread (H2's background writer, mostly): no reallocation per document. */
    private static final ThreadLocal<ByteBuf> ENCODING = ThreadLocal.withInitial(() -> Unpooled.buffer(16 * 1024));

    private BsonDocumentType() {
    }

    @Override
    public int getMemory(Document document) {
        return estimate(document);
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        var bytes = ENCODING.get().clear();
        BsonEncoder.encodeDocument(document, bytes);
        buffer.put(bytes.array(), bytes.arrayOffset() + bytes.readerIndex(), bytes.readableBytes());
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int length = Integer.reverseBytes(buffer.getInt(buffer.position()));   // BSON: little-endian length first
        var bytes = new byte[length];
        buffer.get(bytes);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    /** Bytes held on the heap, roughly: H2 sizes its page cache with it. */
    static int estimate(Object value) {
        if (value instanceof String s) {
            return 40 + 2 * s.length();
        }
        if (value instanceof Map<?, ?> map) {
            int size = 64;
            for (var entry : map.entrySet()) {
                size += 32 + estimate(entry.getKey()) + estimate(entry.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> values) {
            int size = 40;
            for (var v : values) {
                size += 8 + estimate(v);
            }
            return size;
        }
        return 24;
    }
}
