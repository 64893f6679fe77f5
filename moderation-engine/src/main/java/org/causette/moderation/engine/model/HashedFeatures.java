package org.causette.moderation.engine.model;

/**
 * A sparse feature vector: bucket indices with their values (duplicates allowed, they add up in a dot product).
 * Values are scaled so that the vector has unit length when no two features share a bucket.
 */
public record HashedFeatures(int[] indices, float[] values, int size) {
}
