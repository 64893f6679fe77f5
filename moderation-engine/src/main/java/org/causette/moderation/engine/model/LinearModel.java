package org.causette.moderation.engine.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Logistic-regression heads sharing one feature hasher. Stored gzip-compressed, weights quantised to 16 bits
 * per head (scale = largest weight / 32767): a quarter of the float size, far below the models' own noise.
 */
public record LinearModel(int hashBits, List<LinearHead> heads) {

    private static final int MAGIC = 0x43534D31; // "CSM1"

    public LinearModel {
        heads = List.copyOf(heads);
        for (LinearHead h : heads) {
            if (h.weights().length != 1 << hashBits) {
                throw new IllegalArgumentException("head " + h.name() + " has " + h.weights().length + " weights, expected " + (1 << hashBits));
            }
        }
    }

    public LinearHead head(String name) {
        for (LinearHead h : heads) {
            if (h.name().equals(name)) {
                return h;
            }
        }
        throw new IllegalArgumentException("no model head named " + name);
    }

    public void write(OutputStream target) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(target);
        DataOutputStream out = new DataOutputStream(zip);
        out.writeInt(MAGIC);
        out.writeInt(hashBits);
        out.writeInt(heads.size());
        for (LinearHead h : heads) {
            out.writeUTF(h.name());
            out.writeFloat(h.bias());
            float max = 0;
            for (float w : h.weights()) {
                max = Math.max(max, Math.abs(w));
            }
            float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
            out.writeFloat(scale);
            for (float w : h.weights()) {
                out.writeShort(Math.round(w / scale));
            }
        }
        out.flush();
        zip.finish();
    }

    public static LinearModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(source), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Causette model file");
        }
        int bits = in.readInt();
        int count = in.readInt();
        List<LinearHead> heads = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            String name = in.readUTF();
            float bias = in.readFloat();
            float scale = in.readFloat();
            float[] weights = new float[1 << bits];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = in.readShort() * scale;
            }
            heads.add(new LinearHead(name, bias, weights));
        }
        return new LinearModel(bits, heads);
    }

    /** The same model with its weights rounded as {@link #write} stores them, so training reports what ships. */
    public LinearModel quantised() {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            write(bytes);
            return read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
