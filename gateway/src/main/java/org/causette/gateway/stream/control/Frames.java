package org.causette.gateway.stream.control;

import org.causette.kit.json.Jsons;
import jakarta.json.JsonObjectBuilder;
import org.causette.contracts.Channel;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.Sender;
import org.causette.contracts.SessionInvited;
import org.causette.contracts.Verdict;

import java.time.Instant;

/** The server-to-client frames of the public stream contract. */
public final class Frames {
    private Frames() {
    }

    public static String message(ChatMessage message, String text, boolean forAuthor) {
        var frame = Jsons.createObjectBuilder().add("type", "message").add("id", message.id())
                .add(message.channel().kind() == Channel.Kind.room ? "room" : "conversation", message.channel().id())
                .add("from", Jsons.createObjectBuilder().add("sessionId", message.sender().sessionId())
                        .add("nickname", message.sender().nickname()))
                .add("text", text)
                .add("sentAt", message.sentAt().toString());
        if (forAuthor) {
            frame.add("clientMessageId", message.clientMessageId());
        }
        return frame.build().toString();
    }

    /** A message taken away from its room or conversation ({@code by}: author or moderation). */
    public static String removed(ChatMessage message, String by) {
        return channelOf(Jsons.createObjectBuilder().add("type", "removed").add("messageId", message.id()), message)
                .add("by", by).build().toString();
    }

    /** A removed message given back: clients show it again (history lists it). */
    public static String restored(ChatMessage message) {
        return channelOf(Jsons.createObjectBuilder().add("type", "restored").add("messageId", message.id()), message)
                .build().toString();
    }

    private static JsonObjectBuilder channelOf(JsonObjectBuilder frame, ChatMessage message) {
        return frame.add(message.channel().kind() == Channel.Kind.room ? "room" : "conversation",
                message.channel().id());
    }

    public static String ack(String clientMessageId, String id) {
        return Jsons.createObjectBuilder().add("type", "ack").add("clientMessageId", clientMessageId).add("id", id)
                .add("status", "accepted").build().toString();
    }

    public static String error(String code, String detail, String clientMessageId) {
        var frame = Jsons.createObjectBuilder().add("type", "error").add("code", code).add("detail", detail);
        if (clientMessageId != null) {
            frame.add("clientMessageId", clientMessageId);
        }
        return frame.build().toString();
    }

    public static String pong() {
        return "{\"type\":\"pong\"}";
    }

    public static String presence(String roomId, String sessionId, String nickname, String state) {
        return Jsons.createObjectBuilder().add("type", "presence").add("room", roomId).add("sessionId", sessionId)
                .add("nickname", nickname).add("state", state).build().toString();
    }

    public static String conversation(String conversationId, Sender peer, String status) {
        return Jsons.createObjectBuilder().add("type", "conversation").add("id", conversationId)
                .add("peer", Jsons.createObjectBuilder().add("sessionId", peer.sessionId())
                        .add("nickname", peer.nickname()))
                .add("status", status).build().toString();
    }

    /** An invitation into a private room, for the invitee. */
    public static String invitation(SessionInvited invited) {
        var room = Jsons.createObjectBuilder().add("id", invited.roomId()).add("name", invited.roomName())
                .add("kind", "private").add("audience", invited.audience().name());
        addIfPresent(room, "topic", invited.roomTopic());
        return Jsons.createObjectBuilder().add("type", "invitation").add("room", room)
                .add("from", Jsons.createObjectBuilder().add("sessionId", invited.from().sessionId())
                        .add("nickname", invited.from().nickname()))
                .build().toString();
    }

    public static String moderation(String messageId, String clientMessageId, String action, String reason,
                                    String statement) {
        var frame = Jsons.createObjectBuilder().add("type", "moderation").add("messageId", messageId)
                .add("action", action);
        addIfPresent(frame, "clientMessageId", clientMessageId);
        addIfPresent(frame, "reason", reason);
        addIfPresent(frame, "statement", statement);
        return frame.build().toString();
    }

    /** The stream names what moderation did to a message: blocked, held or masked. */
    public static String pastTense(Verdict.Action action) {
        return switch (action) {
            case block -> "blocked";
            case hold -> "held";
            case mask -> "masked";
            case allow -> "allowed";
        };
    }

    /** The outcome of a report the session made (DSA Art. 16(5)). */
    public static String report(String reportId, String outcome, String statement) {
        var frame = Jsons.createObjectBuilder().add("type", "report").add("id", reportId).add("status", "decided")
                .add("outcome", outcome);
        if (statement == null) {
            frame.addNull("statement");
        } else {
            frame.add("statement", statement);
        }
        return frame.build().toString();
    }

    public static String sanction(String action, Instant until, String reason, String statement) {
        var frame = Jsons.createObjectBuilder().add("type", "sanction").add("action", action);
        addIfPresent(frame, "until", until == null ? null : until.toString());
        addIfPresent(frame, "reason", reason);
        addIfPresent(frame, "statement", statement);
        return frame.build().toString();
    }

    private static void addIfPresent(JsonObjectBuilder frame, String name, String value) {
        if (value != null) {
            frame.add(name, value);
        }
    }
}
