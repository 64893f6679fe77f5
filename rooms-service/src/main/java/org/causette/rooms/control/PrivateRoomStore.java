package org.causette.rooms.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.contracts.Audience;
import org.causette.rooms.entity.Member;
import org.causette.rooms.entity.Room;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Private rooms in the same {@code rooms} collection as the public ones ({@code kind: private}), with
 * {@code ownerSessionId}, {@code invitees}, and two markers of their end: {@code emptySince} (nobody in it) and
 * {@code ownerEnded} (the owner's session ended). A private room is closed (deleted) when it is empty and its owner's
 * session has ended, or when it has stayed empty for the configured time.
 */
@ApplicationScoped
public class PrivateRoomStore {

    @Inject
    MongoDatabase database;

    MongoCollection<Document> rooms;

    @PostConstruct
    void init() {
        rooms = database.getCollection("rooms");
    }

    /** Creates the room with its owner as first member. */
    public Room create(String name, String topic, Audience audience, int capacity, Member owner, Instant now) {
        var id = UUID.randomUUID().toString();
        var document = new Document("_id", id).append("name", name).append("topic", topic)
                .append("kind", RoomAccess.PRIVATE).append("audience", audience.name()).append("capacity", capacity)
                .append("slowModeSeconds", 0).append("ownerSessionId", owner.sessionId())
                .append("invitees", List.of()).append("createdAt", Date.from(now))
                .append("ownerEnded", false)
                .append("memberCount", 1).append("members", List.of(RoomStore.toDocument(owner)));
        rooms.insertOne(document);
        return RoomStore.toRoom(document);
    }

    public long countOwnedBy(String sessionId) {
        return rooms.countDocuments(Filters.and(Filters.eq("kind", RoomAccess.PRIVATE),
                Filters.eq("ownerSessionId", sessionId)));
    }

    /**
     * Adds the invitee if the room has room for one more invitation.
     *
     * @return true if newly invited, false if it already was; empty if the invitation list is full
     */
    public Optional<Boolean> invite(String roomId, String inviteeSessionId, int maxInvitations) {
        var added = rooms.updateOne(Filters.and(Filters.eq("_id", roomId), Filters.eq("kind", RoomAccess.PRIVATE),
                        Filters.ne("invitees", inviteeSessionId),
                        Filters.exists("invitees." + (maxInvitations - 1), false)),
                Updates.addToSet("invitees", inviteeSessionId));
        if (added.getModifiedCount() == 1) {
            return Optional.of(true);
        }
        var room = rooms.find(Filters.eq("_id", roomId)).projection(new Document("invitees", 1)).first();
        if (room != null && RoomStore.invitees(room).contains(inviteeSessionId)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    public Room setSlowMode(String roomId, int seconds) {
        rooms.updateOne(Filters.eq("_id", roomId), Updates.set("slowModeSeconds", seconds));
        return RoomStore.toRoom(rooms.find(Filters.eq("_id", roomId)).projection(new Document("members", 0)).first());
    }

    /** After a leave: an empty private room is closed if its owner's session ended, else marked empty from now. */
    public void afterLeave(String roomId, Instant now) {
        rooms.deleteOne(Filters.and(Filters.eq("_id", roomId), Filters.eq("kind", RoomAccess.PRIVATE),
                Filters.eq("memberCount", 0), Filters.eq("ownerEnded", true)));
        rooms.updateOne(Filters.and(Filters.eq("_id", roomId), Filters.eq("kind", RoomAccess.PRIVATE),
                Filters.eq("memberCount", 0), Filters.exists("emptySince", false)),
                Updates.set("emptySince", Date.from(now)));
    }

    /** The owner's session ended (after it left every room): its empty rooms close, the others once empty. */
    public void ownerEnded(String sessionId) {
        rooms.updateMany(Filters.and(Filters.eq("kind", RoomAccess.PRIVATE), Filters.eq("ownerSessionId", sessionId)),
                Updates.set("ownerEnded", true));
        rooms.deleteMany(Filters.and(Filters.eq("kind", RoomAccess.PRIVATE), Filters.eq("ownerSessionId", sessionId),
                Filters.eq("memberCount", 0)));
    }

    /** Closes private rooms empty since before {@code cutoff}. */
    public long closeEmptySince(Instant cutoff) {
        return rooms.deleteMany(Filters.and(Filters.eq("kind", RoomAccess.PRIVATE), Filters.eq("memberCount", 0),
                Filters.lt("emptySince", Date.from(cutoff)))).getDeletedCount();
    }
}
