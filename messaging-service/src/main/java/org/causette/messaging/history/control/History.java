package org.causette.messaging.history.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.ChatMessage;
import org.causette.kit.problems.ProblemException;
import org.causette.messaging.history.entity.Author;
import org.causette.messaging.history.entity.ChannelKey;
import org.causette.messaging.history.entity.HistoryItem;
import org.causette.messaging.history.entity.PageRequest;

import java.util.List;
import java.util.Optional;

/** Delivered messages per channel, newest first. */
@ApplicationScoped
public class History {

    @Inject
    HistoryStore store;

    /**
     * Records a delivered message with the text members saw; idempotent.
     *
     * @param maybeThere false when the message was never delivered before (its history entry cannot exist yet)
     */
    public void append(ChatMessage message, String deliveredText, boolean maybeThere) {
        var channel = ChannelKey.of(message.channel());
        store.append(channel, HistoryItem.in(channel, message.id(),
                new Author(message.sender().sessionId(), message.sender().nickname()), deliveredText, message.sentAt()),
                maybeThere);
    }

    /** @throws ProblemException 404 when {@code before} is unknown or belongs to another channel */
    public List<HistoryItem> page(ChannelKey channel, PageRequest request) {
        Optional<HistoryPager.Cursor> cursor = Optional.empty();
        if (request.before() != null) {
            var placement = store.placement(request.before())
                    .filter(p -> p.channel().equals(channel.value()))
                    .orElseThrow(() -> ProblemException.notFound("Message " + request.before()));
            cursor = Optional.of(new HistoryPager.Cursor(placement.bucket(), request.before()));
        }
        return HistoryPager.page(store.currentBucket(channel), cursor, request.limit(), n -> store.bucket(channel, n),
                HistoryItem::id);
    }

    public void remove(String messageId) {
        store.remove(messageId);
    }
}
