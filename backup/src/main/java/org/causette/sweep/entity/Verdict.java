package org.causette.sweep.entity;

/** What the sweep does with one subscription, and why (names and times only). */
public record Verdict(Subscription subscription, boolean delete, String reason) {
}
