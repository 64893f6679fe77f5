package org.causette.moderation.appeals.entity;

public record AppealReceipt(String id, String status) {
}
