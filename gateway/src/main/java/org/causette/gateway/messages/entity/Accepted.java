package org.causette.gateway.messages.entity;

public record Accepted(String id, String status) {
}
