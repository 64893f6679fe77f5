package org.causette.rooms.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.causette.contracts.Audience;
import org.causette.rooms.entity.AudienceMismatch;
import org.causette.rooms.entity.Member;
import org.causette.rooms.entity.Membership;
import org.causette.rooms.entity.NotAMember;
import org.causette.rooms.entity.Room;
import org.causette.rooms.entity.RoomFull;
import org.causette.rooms.entity.RoomNotFound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Rooms with their members embedded (a room holds at most a few hundred): every read and every join is one
 * document by {@code _id}, and the audience and capacity checks are part of the atomic join update.
 */
@ApplicationScoped
public class RoomStore {
    static final Bson WITHOUT_MEMBERS = Projections.exclude("members");

    @Inject
    MongoDatabase database;

    MongoCollection<Document> rooms;

    @PostConstruct
    void init() {
        rooms = database.getCollection("rooms");
    }

    public void seed(SeedRoom seed) {
        rooms.updateOne(Filters.eq("_id", seed.id()), Updates.combine(
                        Updates.setOnInsert("name", seed.name()),
                        Updates.setOnInsert("topic", seed.topic()),
                        Updates.setOnInsert("kind", "public"),
                        Updates.setOnInsert("audience", seed.audience().name()),
                        Updates.setOnInsert("capacity", seed.capacity()),
                        Updates.set("slowModeSeconds", seed.slowModeSeconds()),
                        Updates.setOnInsert("memberCount", 0),
                        Updates.setOnInsert("members", List.of())),
                new UpdateOptions().upsert(true));
    }

    /** The public rooms of the bracket, and the private rooms of the bracket the session owns, is in or is invited to. */
    public List<Room> visibleTo(Audience bracket, String sessionId) {
        var result = new ArrayList<Room>();
        rooms.find(Filters.and(Filters.eq("audience", bracket.name()), Filters.or(
                        Filters.eq("kind", RoomAccess.PUBLIC),
                        Filters.eq("ownerSessionId", sessionId),
                        Filters.eq("invitees", sessionId),
                        Filters.eq("members.sessionId", sessionId))))
                .projection(WITHOUT_MEMBERS)
                .forEach(d -> result.add(toRoom(d)));
        result.sort((a, b) -> a.id().compareTo(b.id()));
        return result;
    }

    /** @return true if the caller joined now, false if already a member */
    public boolean join(String roomId, Audience bracket, Member member) {
        var room = find(roomId, WITHOUT_MEMBERS).orElseThrow(() -> new RoomNotFound(roomId));
        if (!RoomAccess.mayJoin(room.getString("kind"), room.getString("ownerSessionId"), invitees(room),
                member.sessionId())) {
            throw new RoomNotFound(roomId);
        }
        if (!bracket.name().equals(room.getString("audience"))) {
            throw new AudienceMismatch();
        }
        var joined = rooms.updateOne(Filters.and(
                        Filters.eq("_id", roomId),
                        Filters.eq("audience", bracket.name()),
                        Filters.lt("memberCount", room.getInteger("capacity")),
                        Filters.ne("members.sessionId", member.sessionId())),
                Updates.combine(Updates.push("members", toDocument(member)), Updates.inc("memberCount", 1),
                        Updates.unset("emptySince")));
        if (joined.getModifiedCount() == 1) {
            return true;
        }
        if (isMember(roomId, member.sessionId())) {
            return false;
        }
        find(roomId, WITHOUT_MEMBERS).orElseThrow(() -> new RoomNotFound(roomId));
        throw new RoomFull();
    }

    /** @return the member who left, if the session was in the room */
    public Optional<Member> leave(String roomId, String sessionId) {
        var before = rooms.findOneAndUpdate(
                Filters.and(Filters.eq("_id", roomId), Filters.eq("members.sessionId", sessionId)),
                Updates.combine(Updates.pull("members", new Document("sessionId", sessionId)),
                        Updates.inc("memberCount", -1)));
        if (before == null) {
            find(roomId, WITHOUT_MEMBERS).orElseThrow(() -> new RoomNotFound(roomId));
            return Optional.empty();
        }
        return members(before).stream().filter(m -> m.sessionId().equals(sessionId)).findFirst();
    }

    public Membership membership(String roomId, String sessionId) {
        var room = visible(roomId, sessionId, Projections.include("kind", "ownerSessionId", "invitees", "audience",
                "slowModeSeconds", "waveSlowModeSeconds", "waveUntil", "members.sessionId"));
        if (members(room).stream().noneMatch(m -> m.sessionId().equals(sessionId))) {
            throw new NotAMember();
        }
        return new Membership(roomId, Audience.valueOf(room.getString("audience")), slowModeOf(room));
    }

    public List<Member> membersSeenBy(String roomId, String sessionId) {
        var room = visible(roomId, sessionId, null);
        var members = members(room);
        if (members.stream().noneMatch(m -> m.sessionId().equals(sessionId))) {
            throw new NotAMember();
        }
        return members;
    }

    /** Rooms the session is in, with their audience. */
    public List<Membership> membershipsOf(String sessionId) {
        var result = new ArrayList<Membership>();
        rooms.find(Filters.eq("members.sessionId", sessionId)).projection(WITHOUT_MEMBERS)
                .forEach(d -> result.add(new Membership(d.getString("_id"), Audience.valueOf(d.getString("audience")),
                        slowModeOf(d))));
        return result;
    }

    /** How many of the room's present members joined at or after {@code since}. */
    public int joinedSince(String roomId, Instant since) {
        var room = find(roomId, Projections.include("members.joinedAt")).orElseThrow(() -> new RoomNotFound(roomId));
        var sinceDate = Date.from(since);
        return (int) room.getList("members", Document.class, List.of()).stream()
                .map(m -> m.getDate("joinedAt"))
                .filter(at -> at != null && !at.before(sinceDate))
                .count();
    }

    /**
     * Slows the room down to at least {@code slowModeSeconds} until {@code until}, unless a wave is already under
     * way: true for the one caller (of every replica) that started it.
     */
    public boolean startWave(String roomId, Instant now, Instant until, int slowModeSeconds) {
        return rooms.updateOne(Filters.and(Filters.eq("_id", roomId),
                        Filters.or(Filters.exists("waveUntil", false), Filters.lt("waveUntil", Date.from(now)))),
                Updates.combine(Updates.set("waveUntil", Date.from(until)),
                        Updates.set("waveSlowModeSeconds", slowModeSeconds))).getModifiedCount() == 1;
    }

    /** The room's own slow mode, raised while a join wave lasts. */
    static int slowModeOf(Document room) {
        int own = room.getInteger("slowModeSeconds", 0);
        var waveUntil = room.getDate("waveUntil");
        if (waveUntil == null || !waveUntil.after(new Date())) {
            return own;
        }
        return Math.max(own, room.getInteger("waveSlowModeSeconds", 0));
    }

    public Audience audienceOf(String roomId) {
        return find(roomId, Projections.include("audience")).map(d -> Audience.valueOf(d.getString("audience")))
                .orElseThrow(() -> new RoomNotFound(roomId));
    }

    /** The room if the session may know of it; a private room it has nothing to do with is not found. */
    Document visible(String roomId, String sessionId, Bson projection) {
        var room = find(roomId, projection).orElseThrow(() -> new RoomNotFound(roomId));
        var memberIds = members(room).stream().map(Member::sessionId).toList();
        if (!RoomAccess.isVisible(room.getString("kind"), room.getString("ownerSessionId"), invitees(room), memberIds,
                sessionId)) {
            throw new RoomNotFound(roomId);
        }
        return room;
    }

    Optional<Document> find(String roomId, Bson projection) {
        var query = rooms.find(Filters.eq("_id", roomId));
        return Optional.ofNullable(projection == null ? query.first() : query.projection(projection).first());
    }

    private static boolean isMemberIn(Document room, String sessionId) {
        return members(room).stream().anyMatch(m -> m.sessionId().equals(sessionId));
    }

    private boolean isMember(String roomId, String sessionId) {
        return find(roomId, Projections.include("members.sessionId")).map(r -> isMemberIn(r, sessionId)).orElse(false);
    }

    static List<String> invitees(Document room) {
        return room.getList("invitees", String.class, List.of());
    }

    static List<Member> members(Document room) {
        var members = room.getList("members", Document.class, List.of());
        return members.stream().map(m -> new Member(m.getString("sessionId"), m.getString("nickname"),
                m.getString("gender"), m.getString("region"))).toList();
    }

    static Document toDocument(Member member) {
        return new Document("sessionId", member.sessionId()).append("nickname", member.nickname())
                .append("gender", member.gender()).append("region", member.region()).append("joinedAt", new Date());
    }

    static Room toRoom(Document d) {
        return new Room(d.getString("_id"), d.getString("name"), d.getString("topic"), d.getString("kind"),
                Audience.valueOf(d.getString("audience")), d.getInteger("memberCount", 0), d.getInteger("capacity"),
                slowModeOf(d), d.getString("ownerSessionId"));
    }
}
