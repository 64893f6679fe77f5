package org.causette.moderation.reports.entity;

public record ReportReceipt(String id, String status) {

    public static ReportReceipt received(String id) {
        return new ReportReceipt(id, "received");
    }
}
