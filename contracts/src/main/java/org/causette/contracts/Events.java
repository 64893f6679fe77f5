package org.causette.contracts;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The catalogue of events, by their {@code eventType}. */
public final class Events {
    private static final Map<String, Class<? extends Event>> TYPES = Stream.of(
                    MessageSubmitted.class, MessageModerated.class, MessageReleased.class, MessageWithheld.class,
                    MessageRemoved.class, MessageRestored.class, RoomSlowModeChanged.class,
                    MemberJoined.class, MemberLeft.class, ConversationRequested.class, ConversationAnswered.class,
                    SessionEnded.class, SessionBlocked.class, SessionSanctioned.class, SessionInvited.class,
                    ConnectionObserved.class, LegalHoldPlaced.class, LegalHoldReleased.class, ReportDecided.class,
                    JoinWaveDetected.class)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private Events() {
    }

    public static Collection<Class<? extends Event>> types() {
        return TYPES.values();
    }

    public static Optional<Class<? extends Event>> typeNamed(String eventType) {
        return Optional.ofNullable(eventType).map(TYPES::get);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
